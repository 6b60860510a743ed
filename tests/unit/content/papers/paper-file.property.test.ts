/**
 * Property tests for paper files: what the split writes reads back as written, and
 * recording new dates keeps every edit a person made, byte for byte.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type NewPaper,
  parsePaperFile,
  renderPaperFile,
  updatePaperFile,
} from "../../../../src/content/papers/paper-file.ts";

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const WORDS = [
  "Scaling",
  "Diffusion",
  "Transformers",
  "via",
  "$μ$P",
  "$\\ell_1$",
  "Über",
  "naïve",
  "Μάθηση",
  "Обучение",
  "深度学习",
  "한국어",
  "🚀",
  "👩‍🔬",
  "<b>x</b>",
  "&amp;",
  "https://github.com/x/y.",
  // YAML and frontmatter syntax inside the text
  "---",
  "...",
  "title:",
  "date: 2025-01-01",
  "key: value",
  "#",
  "- item",
  "'",
  '"',
  "\\",
  "\\n",
  "[x]",
  "{y}",
  "&anchor",
  "*alias",
  "!tag",
  "|",
  ">",
  "%",
  "@",
  "`",
  "null",
  "~",
  // invisible or unusual characters a UTF-8 digest may hold (none is whitespace)
  "\u0080",
  "\u009f",
  "\u00ad",
  "\u200b",
  "\ufffe",
  "\uffff",
];

// biome-ignore lint/suspicious/noControlCharactersInRegex: decoded digests hold no C0 controls.
const NOT_IN_DIGEST_TEXT = /[\s\u0085\u0000-\u001f\u007f]/u;

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 6 })
      .filter((w) => !NOT_IN_DIGEST_TEXT.test(w)),
  },
);

/** Whitespace-normalised text, as the digest parser hands it over. */
const text = (maxWords: number) =>
  fc.array(word, { minLength: 1, maxLength: maxWords }).map((ws) => ws.join(" "));

const isoDate = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2040-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const sortedDates = fc
  .uniqueArray(isoDate, { minLength: 1, maxLength: 5 })
  .map((dates) => [...dates].sort());

const topic = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/u);

const link = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom("https://github.com/x/y", "https://en.wikipedia.org/wiki/A_(b)"),
);

const newPaper: fc.Arbitrary<NewPaper> = fc.record({
  title: text(15),
  dates: sortedDates,
  topics: fc.uniqueArray(topic, { maxLength: 4 }),
  links: fc.uniqueArray(link, { maxLength: 3 }),
  abstract: text(60),
});

// ---------------------------------------------------------------------------------------------
// Round trip
// ---------------------------------------------------------------------------------------------

describe("renderPaperFile → parsePaperFile", () => {
  it("gives back the title, dates, topics, links, and the abstract as the body", () => {
    fc.assert(
      fc.property(newPaper, (paper) => {
        const file = renderPaperFile(paper);
        const parsed = parsePaperFile(file, "content/papers/x.md");
        if (!parsed.ok) expect(parsed.problem).toBeUndefined();
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.data.title).toBe(paper.title);
        expect(parsed.data.date).toBe(paper.dates[0]);
        expect(parsed.data.dates).toEqual(paper.dates);
        expect(parsed.data.topics).toEqual(paper.topics);
        expect(parsed.data.links).toEqual(paper.links);
        expect(parsed.data.auto_topics).toEqual(paper.topics);
        expect(parsed.body.startsWith(paper.abstract)).toBe(true);
        expect(parsed.body.trimEnd()).toBe(paper.abstract);
      }),
      { numRuns: 300 },
    );
  });

  it("updating a fresh file with the values it already has changes no byte", () => {
    fc.assert(
      fc.property(newPaper, (paper) => {
        const file = renderPaperFile(paper);
        const same = updatePaperFile(file, {
          date: paper.dates[0] ?? "",
          dates: paper.dates,
          topics: paper.topics,
          auto_topics: paper.topics,
        });
        expect(same).toBe(file);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Files a person edited
// ---------------------------------------------------------------------------------------------

/** A run of frontmatter lines: one key (or a comment) and its value. */
interface Unit {
  kind: "date" | "dates" | "other";
  lines: string[];
}

/** Keys and comments a person may add, with what gray-matter must read for the key. */
const EXTRAS: { lines: string[]; key?: string; value?: unknown }[] = [
  { lines: ["# checked by hand"] },
  { lines: ["rating: 5"], key: "rating", value: 5 },
  { lines: ["reviewed: true"], key: "reviewed", value: true },
  { lines: ["note: 'dates: are odd'"], key: "note", value: "dates: are odd" },
  {
    lines: ["related:", "  - a-paper", "  - another-paper"],
    key: "related",
    value: ["a-paper", "another-paper"],
  },
  {
    lines: ["see_also:", "- https://example.com/x"],
    key: "see_also",
    value: ["https://example.com/x"],
  },
  {
    lines: ["summary: >", "  folded text", "  continues"],
    key: "summary",
    value: "folded text continues\n",
  },
  { lines: ['dated: "keep me"'], key: "dated", value: "keep me" },
  { lines: ["# date: 2001-01-01 (old)"] },
];

/** How a person may have rewritten the `dates` list. */
function datesUnit(style: number, dates: string[]): string[] {
  switch (style) {
    case 1: // block list, indented, quoted
      return ["dates:", ...dates.map((d) => `  - "${d}"`)];
    case 2: // block list at column 0, unquoted (YAML reads timestamps)
      return ["dates:", ...dates.map((d) => `- ${d}`)];
    case 3: // flow list over several lines, indented
      return ["dates: [", ...dates.map((d) => `    "${d}",`), "  ]"];
    default: // as the split writes it
      return [`dates: [${dates.map((d) => `"${d}"`).join(", ")}]`];
  }
}

const NOTES = [
  ["", "## Notes", "", "Read with care; see https://example.com/a."],
  ["", "---", "", "date: not a key here", "dates: nor here"],
  ["", "- a list item", "  indented text"],
  ["", "title: body text that looks like a key"],
];

interface EditedFile {
  paper: NewPaper;
  units: Unit[];
  notes: string[];
  eol: "\n" | "\r\n";
  extras: { key?: string; value?: unknown }[];
  newDates: string[];
}

const editedFile: fc.Arbitrary<EditedFile> = fc
  .record({
    paper: newPaper,
    style: fc.integer({ min: 0, max: 3 }),
    extras: fc.array(fc.tuple(fc.constantFrom(...EXTRAS), fc.nat()), { maxLength: 4 }),
    notes: fc.array(fc.constantFrom(...NOTES), { maxLength: 3 }),
    eol: fc.constantFrom("\n" as const, "\r\n" as const),
    more: fc.uniqueArray(isoDate, { minLength: 1, maxLength: 3 }),
  })
  .filter(({ extras }) => {
    // One of each added key: YAML does not allow a key twice.
    const keys = extras.flatMap(([extra]) => (extra.key ? [extra.key] : []));
    return new Set(keys).size === keys.length;
  })
  .map(({ paper, style, extras, notes, eol, more }) => {
    const rendered = renderPaperFile(paper).split("\n");
    // Lines 1-6 of a fresh file: title, date, dates, topics, links, auto_topics.
    const units: Unit[] = rendered.slice(1, 7).map((line) => {
      if (line.startsWith("date:")) return { kind: "date", lines: [line] };
      if (line.startsWith("dates:")) return { kind: "dates", lines: datesUnit(style, paper.dates) };
      return { kind: "other", lines: [line] };
    });
    for (const [extra, at] of extras) {
      units.splice(at % (units.length + 1), 0, { kind: "other", lines: extra.lines });
    }
    return {
      paper,
      units,
      notes: notes.flat(),
      eol,
      extras: extras.map(([extra]) => extra),
      newDates: [...new Set([...paper.dates, ...more])].sort(),
    };
  });

function fileText(e: EditedFile): string {
  return ["---", ...e.units.flatMap((u) => u.lines), "---", e.paper.abstract, ...e.notes, ""].join(
    e.eol,
  );
}

describe("updatePaperFile on a file a person edited", () => {
  it("records new dates and keeps every other line byte for byte", () => {
    fc.assert(
      fc.property(editedFile, (e) => {
        const before = fileText(e);
        expect(parsePaperFile(before, "p.md").ok).toBe(true);
        const update = { date: e.newDates[0] ?? "", dates: e.newDates };
        const after = updatePaperFile(before, update);

        // Same line ends as before.
        if (e.eol === "\n") expect(after).not.toContain("\r");
        else expect(after.split("\r\n").some((line) => line.includes("\n"))).toBe(false);

        // Every line that is not the date or dates key is unchanged and in the same order.
        const kept = [
          "---",
          ...e.units.filter((u) => u.kind === "other").flatMap((u) => u.lines),
          "---",
          e.paper.abstract,
          ...e.notes,
          "",
        ];
        const afterLines = after.split(e.eol);
        const closing = afterLines.indexOf("---", 1);
        const keyLines = afterLines
          .slice(0, closing)
          .filter((line) => line.startsWith("date:") || line.startsWith("dates:"));
        expect(keyLines).toHaveLength(2);
        expect(afterLines.filter((line, i) => i > closing || !keyLines.includes(line))).toEqual(
          kept,
        );

        // The new dates read back, with the person's keys and the body untouched.
        const parsed = parsePaperFile(after, "p.md");
        if (!parsed.ok) expect(parsed.problem).toBeUndefined();
        if (!parsed.ok) return;
        expect(parsed.data.date).toBe(e.newDates[0]);
        expect(parsed.data.dates).toEqual(e.newDates);
        expect(parsed.data.title).toBe(e.paper.title);
        expect(parsed.data.topics).toEqual(e.paper.topics);
        expect(parsed.data.links).toEqual(e.paper.links);
        for (const extra of e.extras) {
          if (extra.key) expect(parsed.data[extra.key]).toEqual(extra.value);
        }
        expect(parsed.body).toBe([e.paper.abstract, ...e.notes, ""].join(e.eol));

        // Doing it again changes nothing.
        expect(updatePaperFile(after, update)).toBe(after);
      }),
      { numRuns: 300 },
    );
  });

  // The three cases below are files parsePaperFile accepts; updatePaperFile must handle them too.

  it("keeps a file valid when its dates are a flow list closed at column 0", () => {
    fc.assert(
      fc.property(newPaper, fc.uniqueArray(isoDate, { minLength: 1, maxLength: 2 }), (p, more) => {
        const datesBlock = ["dates: [", ...p.dates.map((d) => `  "${d}",`), "]"].join("\n");
        const before = renderPaperFile(p).replace(/^dates: .*$/mu, datesBlock);
        expect(parsePaperFile(before, "p.md").ok).toBe(true);
        const dates = [...new Set([...p.dates, ...more])].sort();
        const after = updatePaperFile(before, { date: dates[0] ?? "", dates });
        const parsed = parsePaperFile(after, "p.md");
        if (!parsed.ok) expect(parsed.problem).toBeUndefined();
        if (parsed.ok) expect(parsed.data.dates).toEqual(dates);
      }),
      { numRuns: 50 },
    );
  });

  it("does not throw on a closing --- with trailing spaces, which gray-matter accepts", () => {
    fc.assert(
      fc.property(newPaper, fc.constantFrom(" ", "\t", "  "), (p, trail) => {
        const before = renderPaperFile(p).replace("\n---\n", `\n---${trail}\n`);
        expect(parsePaperFile(before, "p.md").ok).toBe(true);
        const dates = [...p.dates, "2099-01-01"];
        expect(() => updatePaperFile(before, { date: dates[0] ?? "", dates })).not.toThrow();
      }),
      { numRuns: 50 },
    );
  });

  it("keeps the line ends of a file whose notes mix LF and CRLF", () => {
    fc.assert(
      fc.property(newPaper, fc.constantFrom(...NOTES), (p, notes) => {
        // Notes pasted from elsewhere with CRLF into a file the split wrote with LF.
        const before = `${renderPaperFile(p)}${notes.join("\r\n")}\r\n`;
        const dates = [...p.dates, "2099-01-01"];
        const after = updatePaperFile(before, { date: dates[0] ?? "", dates });
        // Everything from the line after `dates` on is untouched, line ends included.
        const tail = (s: string) => s.slice(s.indexOf("\ntopics: "));
        expect(tail(after)).toBe(tail(before));
      }),
      { numRuns: 50 },
    );
  });
});
