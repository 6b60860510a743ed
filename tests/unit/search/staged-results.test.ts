import { describe, expect, it } from "vitest";
import type { IndexPart } from "../../../src/search/schema.ts";
import {
  partsInSearchOrder,
  rankByScore,
  withShownInPlace,
} from "../../../src/search/staged-results.ts";

const results = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (list: { id: string }[]) => list.map((result) => result.id);

describe("partsInSearchOrder", () => {
  const parts: IndexPart[] = [
    { path: "", months: ["2025-03"] },
    { path: "part-2025-02/", months: ["2025-02"] },
    { path: "part-2025-01/", months: ["2025-01"] },
  ];

  it("searches the newest part first, and the oldest first for the oldest-first order", () => {
    expect(partsInSearchOrder(parts, false).map((part) => part.path)).toEqual([
      "",
      "part-2025-02/",
      "part-2025-01/",
    ]);
    expect(partsInSearchOrder(parts, true).map((part) => part.path)).toEqual([
      "part-2025-01/",
      "part-2025-02/",
      "",
    ]);
    // The list as parts.json gave it is left as it was.
    expect(parts[0]?.path).toBe("");
  });
});

describe("rankByScore", () => {
  it("puts higher scores first and keeps equal scores in their order", () => {
    const ranked = rankByScore([
      { id: "a", score: 1 },
      { id: "b", score: 3 },
      { id: "c", score: 1 },
      { id: "d", score: 2 },
    ]);
    expect(ids(ranked)).toEqual(["b", "d", "a", "c"]);
  });
});

describe("withShownInPlace", () => {
  it("keeps the results shown where they are and follows them with the stage's others", () => {
    // "c" and "a" are shown; the next stage ranks an older part's "x" above them.
    expect(ids(withShownInPlace(results("c", "a", "b"), 2, results("x", "a", "b", "c")))).toEqual([
      "c",
      "a",
      "x",
      "b",
    ]);
  });

  it("takes the stage's order whole when nothing is shown yet", () => {
    expect(ids(withShownInPlace(results("a", "b"), 0, results("b", "a", "c")))).toEqual([
      "b",
      "a",
      "c",
    ]);
  });
});
