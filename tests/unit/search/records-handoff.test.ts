import { describe, expect, it } from "vitest";
import { searchRecord } from "../../../src/search/records.ts";
import {
  offerSearchRecords,
  onSearchRecords,
  stopWaitingForSearchRecords,
  takeSearchRecords,
} from "../../../src/search/records-handoff.ts";
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

  it("gives them to a build waiting for them as soon as they are offered, once", () => {
    const taken: string[][] = [];
    onSearchRecords((records) => taken.push(records.map((record) => record.url)));
    expect(taken).toEqual([]);
    offerSearchRecords(() => sampleArchive.papers.map(searchRecord));
    expect(taken).toEqual([sampleArchive.papers.map((paper) => `/papers/${paper.slug}/`)]);
    offerSearchRecords(() => []);
    expect(taken).toHaveLength(1);
    // Not waited for: kept for takeSearchRecords.
    expect(takeSearchRecords()).toEqual([]);
  });

  it("gives records offered before the build waits for them at once, and none after it stops waiting", () => {
    offerSearchRecords(() => sampleArchive.papers.slice(0, 1).map(searchRecord));
    const taken: number[] = [];
    onSearchRecords((records) => taken.push(records.length));
    expect(taken).toEqual([1]);
    onSearchRecords((records) => taken.push(records.length));
    stopWaitingForSearchRecords();
    offerSearchRecords(() => []);
    expect(taken).toEqual([1]);
    expect(takeSearchRecords()).toEqual([]);
  });
});
