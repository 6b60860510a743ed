/** When a new fetch of a day replaces the stored one, and what the command says about it. */
import { describe, expect, it } from "vitest";
import type { ApiRecord } from "../../../../src/sources/daily-papers/api-records.ts";
import {
  describeOutcome,
  keptWarning,
  planDay,
  renderDigestJson,
} from "../../../../src/sources/daily-papers/store-day.ts";
import { recordedDay } from "../../../support/daily-papers-server.ts";

const day = (await recordedDay("2025-07-30")) as ApiRecord[];
const [a, b, c, d] = day as [ApiRecord, ApiRecord, ApiRecord, ApiRecord];

function edited(record: ApiRecord, top: object, paper: object = {}): ApiRecord {
  return { ...record, ...top, paper: { ...record.paper, ...paper } };
}

describe("planDay", () => {
  it("stores a first fetch, and nothing for a day with no papers", () => {
    expect(planDay(undefined, day)).toEqual({ kind: "stored", papers: 4 });
    expect(planDay(undefined, [])).toEqual({ kind: "no papers" });
  });

  it("writes nothing when the records are the same", () => {
    expect(planDay(day, structuredClone(day))).toEqual({ kind: "unchanged", papers: 4 });
  });

  it("replaces a day that has grown", () => {
    expect(planDay([a, b], [a, b, c])).toEqual({
      kind: "replaced",
      papers: 3,
      added: [c.paper.id],
      changed: [],
      reordered: false,
    });
  });

  it("replaces a day whose counts changed, telling them from other changes", () => {
    const recounted = [
      edited(a, { numComments: 9 }, { upvotes: 99, githubStars: 5000 }),
      edited(b, {}, { title: "Ранние остановки, исправлено" }),
      c,
      d,
    ];
    expect(planDay(day, recounted)).toEqual({
      kind: "replaced",
      papers: 4,
      added: [],
      changed: [b.paper.id],
      reordered: false,
    });
    expect(planDay(day, [b, a, c, d])).toMatchObject({ changed: [], reordered: true });
  });

  it("keeps the stored day when the API drops a stored paper, even for a new one", () => {
    expect(planDay(day, [a, b])).toEqual({
      kind: "kept",
      papers: 2,
      stored: 4,
      missing: [c.paper.id, d.paper.id],
    });
    expect(planDay([a, b], [a, c, d])).toMatchObject({ kind: "kept", missing: [b.paper.id] });
    expect(planDay([a], [])).toMatchObject({ kind: "kept", papers: 0, missing: [a.paper.id] });
  });
});

describe("what the command says", () => {
  it("describes each outcome in a few words", () => {
    expect(describeOutcome({ kind: "no papers" })).toBe("no papers");
    expect(describeOutcome({ kind: "stored", papers: 1 })).toBe("1 paper, stored");
    expect(describeOutcome({ kind: "unchanged", papers: 64 })).toBe("64 papers, unchanged");
    expect(describeOutcome(planDay([a, b], [b, a, c, d]))).toBe(
      "4 papers, stored (2 new papers; new order)",
    );
    expect(describeOutcome(planDay([a], [edited(a, { numComments: 1 })]))).toBe(
      "1 paper, stored (only upvotes, comments or stars changed)",
    );
    expect(describeOutcome(planDay([a], [edited(a, { summary: "Fixed." })]))).toBe(
      "1 paper, stored (1 paper changed: 2507.21802)",
    );
    expect(describeOutcome(planDay(day, [a]))).toBe("1 paper, kept the stored 4 (see the warning)");
    expect(describeOutcome(planDay(day, []))).toBe(
      "no papers, kept the stored 4 (see the warning)",
    );
  });

  it("warns about a kept day with the missing papers and how to take the API's list", () => {
    const file = "content/digests/2025-07-30.json";
    expect(keptWarning(file, "2025-07-30", planDay(day, [a, c]))).toEqual({
      file,
      message: `the API now lists 2 papers for 2025-07-30 and not 2 papers of the 4 stored (${b.paper.id}, ${d.paper.id}): kept the stored file`,
      fix: `if the API is right to drop them, delete ${file} and run npm run fetch -- --date 2025-07-30`,
    });
    expect(keptWarning(file, "2025-07-30", planDay(undefined, day))).toBeUndefined();
  });
});

describe("renderDigestJson", () => {
  it("writes the records as an indented JSON array with a final newline", () => {
    expect(renderDigestJson([{ paper: { id: "2507.00001", authors: [] } }])).toBe(
      '[\n  {\n    "paper": {\n      "id": "2507.00001",\n      "authors": []\n    }\n  }\n]\n',
    );
  });
});
