import { describe, expect, it } from "vitest";
import { MOST_PAPERS_FOR_TWO_THREADS, renderThreads } from "../../../src/build/render-threads.ts";

describe("renderThreads", () => {
  it("renders on two threads by default, on two cores or more, up to the paper limit", () => {
    expect(renderThreads(undefined, 2, 10_000)).toEqual({ threads: 2 });
    expect(renderThreads(undefined, 16, MOST_PAPERS_FOR_TWO_THREADS)).toEqual({ threads: 2 });
  });

  it("renders on one thread on one core, or above the limit, and says why", () => {
    expect(renderThreads(undefined, 1, 10)).toEqual({
      threads: 1,
      reason: "this machine has one core",
    });
    expect(renderThreads(undefined, 2, 100_040)).toEqual({
      threads: 1,
      reason:
        "100,040 papers are more than 50,000, where a second thread, with its own copy of the archive, would take the build past 4 GB of memory (RENDER_THREADS=2 uses one anyway)",
    });
  });

  it("does what RENDER_THREADS says, whatever the size and cores", () => {
    expect(renderThreads(1, 8, 10)).toEqual({ threads: 1 });
    expect(renderThreads(2, 1, 100_040)).toEqual({ threads: 2 });
    expect(renderThreads(4, 2, 10)).toEqual({ threads: 2 });
  });
});
