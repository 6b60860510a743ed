import { describe, expect, it } from "vitest";
import { searchRecord } from "../../../src/search/records.ts";
import { offerSearchRecords, takeSearchRecords } from "../../../src/search/records-handoff.ts";
import { sampleArchive } from "../../support/sample-archive.ts";

describe("the search records' handoff from the pages' bundle to the index", () => {
  it("gives the offered records once, computed when taken", () => {
    let computed = 0;
    offerSearchRecords(() => {
      computed++;
      return sampleArchive.papers.map(searchRecord);
    });
    expect(computed).toBe(0);
    const taken = takeSearchRecords();
    expect(taken?.map((record) => record.url)).toEqual(
      sampleArchive.papers.map((paper) => `/papers/${paper.slug}/`),
    );
    expect(computed).toBe(1);
    // A second build in the same process must not index the first one's archive.
    expect(takeSearchRecords()).toBeUndefined();
  });
});
