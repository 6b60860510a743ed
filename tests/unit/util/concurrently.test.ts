/** Many async tasks, a bounded number at once, results in order, progress as they finish. */
import { describe, expect, it } from "vitest";
import { inBatches } from "../../../src/util/concurrently.ts";

describe("inBatches", () => {
  it("returns each task's result in the items' order, whatever order they finish in", async () => {
    const delays = [30, 0, 20, 10, 0];
    const results = await inBatches(
      delays,
      (delay, index) =>
        new Promise<string>((done) => setTimeout(() => done(`${index}:${delay}`), delay)),
      { size: 2 },
    );
    expect(results).toEqual(["0:30", "1:0", "2:20", "3:10", "4:0"]);
  });

  it("never runs more than `size` tasks at once", async () => {
    let running = 0;
    let most = 0;
    await inBatches(
      Array.from({ length: 10 }, (_, index) => index),
      async () => {
        most = Math.max(most, ++running);
        await new Promise((done) => setTimeout(done, 1));
        running--;
      },
      { size: 3 },
    );
    expect(most).toBe(3);
  });

  it("reports progress once per finished task, up to the total", async () => {
    const reports: [number, number][] = [];
    await inBatches(["a", "b", "c"], async (item) => item, {
      size: 2,
      progress: (done, total) => reports.push([done, total]),
    });
    expect(reports).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it("runs nothing and reports nothing for no items", async () => {
    const reports: number[] = [];
    expect(await inBatches([], async () => 1, { progress: (done) => reports.push(done) })).toEqual(
      [],
    );
    expect(reports).toEqual([]);
  });
});
