/**
 * Property tests for parsing a pasted page: generated digests in every layout a paste may have
 * parse back to exactly their papers, and no string at all makes the parser crash.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDigestText } from "../../../src/sources/pasted-page.ts";
import { expectWellFormed } from "../../support/problems.ts";
import { CHROME, datedDigest, layout, normalised, render } from "../../support/random-pastes.ts";

describe("parseDigestText: round trip", () => {
  it("gives back exactly the normalised titles and abstracts, in order, at their lines", () => {
    fc.assert(
      fc.property(datedDigest, ({ d, file }) => {
        const { text, titleLines, dateLine } = render(d);
        const parsed = parseDigestText(text, file);
        expect(parsed.problems).toEqual([]);
        expect(parsed.entries.map((e) => e.title)).toEqual(
          d.papers.map((p) => normalised(p.title)),
        );
        expect(parsed.entries.map((e) => e.abstract)).toEqual(
          d.papers.map((p) => normalised(p.abstract)),
        );
        expect(parsed.entries.map((e) => e.line)).toEqual(titleLines);
        if (d.date) {
          expect(parsed.headerDate).toEqual({ date: d.date.header, line: dateLine });
        } else {
          expect(parsed.headerDate).toBeUndefined();
        }
        // Warnings are only for titles spread over several lines.
        if (d.papers.every((p) => !p.title.text.includes("\n"))) {
          expect(parsed.warnings).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reports a title with no abstract (a cut-short paste) at the title's line", () => {
    fc.assert(
      fc.property(layout, (d) => {
        const last = d.papers.at(-1);
        if (!last) return;
        // Drop the last abstract: the paste ends right after the last title.
        const cut = {
          ...d,
          papers: [...d.papers.slice(0, -1), { ...last, abstract: { words: [], text: "" } }],
        };
        const { text, titleLines } = render(cut);
        const parsed = parseDigestText(text.replace(/[\s\u0085]+$/u, ""), "cut.txt");
        expect(parsed.problems).toHaveLength(1);
        expect(parsed.problems[0]?.line).toBe(titleLines.at(-1));
        expect(parsed.entries.map((e) => e.title)).toEqual(
          d.papers.slice(0, -1).map((p) => normalised(p.title)),
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe("parseDigestText: any string", () => {
  const CHUNKS = [
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    " ",
    "\t",
    "\u00a0",
    "\ufeff",
    "\u2028",
    "\u0085",
    ...CHROME,
    "Jul 30",
    "Feb 30",
    "30 July 2025",
    "2025-02-29",
    "A Title",
    "a title",
    "An abstract. It Goes on.",
    "x".repeat(301),
    ". Next",
  ];
  const anyText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.string({ unit: fc.constantFrom(...CHUNKS), maxLength: 40 }),
    fc.string({
      unit: fc.oneof(fc.constantFrom(...CHUNKS), fc.string({ unit: "grapheme", maxLength: 3 })),
      maxLength: 40,
    }),
  );

  it("never throws, and what it returns is consistent with the text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseDigestText(text, "any.txt");
        const lines = text.split(/\r\n|\r|\n/u);
        for (const problem of [...parsed.problems, ...parsed.warnings]) {
          expectWellFormed(problem, "any.txt", lines.length);
        }
        const seen = new Set<string>();
        for (const entry of parsed.entries) {
          // Normalised: non-empty, trimmed, single spaces.
          expect(entry.title).not.toBe("");
          expect(entry.abstract).not.toBe("");
          expect(entry.title).not.toMatch(/^[\s\u0085]|[\s\u0085]$|[\s\u0085]{2}|[^\S ]|\u0085/u);
          expect(entry.abstract).not.toMatch(
            /^[\s\u0085]|[\s\u0085]$|[\s\u0085]{2}|[^\S ]|\u0085/u,
          );
          // The line holds the start of the title.
          expect(entry.line).toBeGreaterThanOrEqual(1);
          const first = (lines[entry.line - 1] ?? "").replace(/[\s\u0085]+/gu, " ").trim();
          expect(first).not.toBe("");
          expect(entry.title.startsWith(first)).toBe(true);
          // One entry per title.
          expect(seen.has(entry.title.toLowerCase())).toBe(false);
          seen.add(entry.title.toLowerCase());
          // No text appears from nowhere.
          expect(text.replace(/[\s\u0085]+/gu, "")).toContain(entry.title.replaceAll(" ", ""));
        }
        // Nothing parsed and nothing wrong would lose a paste silently.
        expect(parsed.entries.length + parsed.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
