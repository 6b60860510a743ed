import { describe, expect, it } from "vitest";
import { cacheKey } from "../../../src/build/cache-key.ts";
import { sampleArchive as archive } from "../../support/sample-archive.ts";

describe("cacheKey", () => {
  it("is equal for equal inputs and differs when any part differs", () => {
    const [paper] = archive.papers;
    if (!paper) throw new Error("no paper");
    expect(cacheKey(paper, ["Topic one"])).toBe(cacheKey({ ...paper }, ["Topic one"]));
    expect(cacheKey(paper, ["Topic one"])).not.toBe(cacheKey(paper, ["Topic 1"]));
    expect(cacheKey(paper)).not.toBe(cacheKey({ ...paper, abstract: `${paper.abstract} ` }));
    expect(cacheKey("a", "b")).not.toBe(cacheKey("ab"));
  });
});
