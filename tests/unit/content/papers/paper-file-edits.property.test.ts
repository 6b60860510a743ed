/**
 * Property tests for updating paper files people wrote by hand in any valid YAML style: quoted
 * and spaced keys, comments anywhere, flow and block lists, any key order, CRLF, keys of their
 * own, notes holding `---`. Every update reads back to exactly the intended data, every other
 * line survives, and updating again with the same values changes nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type PaperUpdate,
  paperFileUpdate,
  parsePaperFile,
  type StoredPaper,
  updatePaperFile,
} from "../../../../src/content/papers/paper-file.ts";

const FILE = "content/papers/p.md";

const isoDate = fc
  .date({ min: new Date("2000-01-01Z"), max: new Date("2040-12-31Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dates = fc.uniqueArray(isoDate, { minLength: 1, maxLength: 4 }).map((ds) => ds.sort());
// Topic ids start with a letter here, so that unquoted they still read as text.
const topic = fc
  .stringMatching(/^[a-z][a-z0-9]{0,5}(?:-[a-z0-9]{1,6}){0,2}$/u)
  .filter((id) => !["true", "false", "null"].includes(id));
const topics = fc.uniqueArray(topic, { maxLength: 3 });
const comment = fc.constantFrom(
  "# checked",
  "#no space",
  "# dates: [2001-01-01]",
  "# -- odd: 'x' \"y\"",
);

/** How a person may write a key: quoted or not, spaced before the colon, spaced after it. */
const keyStyle = fc.record({
  quote: fc.constantFrom("", '"', "'"),
  before: fc.constantFrom("", " "),
  after: fc.constantFrom(" ", "   "),
});
type KeyStyle = typeof keyStyle extends fc.Arbitrary<infer T> ? T : never;

function keyText(key: string, style: KeyStyle): string {
  return `${style.quote}${key}${style.quote}${style.before}:`;
}

/** A scalar as a person may quote it. */
const scalarStyle = fc.constantFrom("plain", "double", "single");
function scalarText(value: string, style: string): string {
  if (style === "double") return `"${value}"`;
  if (style === "single") return `'${value}'`;
  return value;
}

/** A list in one of the styles YAML allows, with comments where a person may put them. */
const listStyle = fc.record({
  form: fc.constantFrom("flow", "flow-lines", "block", "block-indented"),
  items: scalarStyle,
  comments: fc.array(fc.option(comment, { nil: undefined }), { minLength: 5, maxLength: 5 }),
});
type ListStyle = typeof listStyle extends fc.Arbitrary<infer T> ? T : never;

function listLines(head: string, values: string[], style: ListStyle, after: string): string[] {
  const items = values.map((v) => scalarText(v, style.items));
  const note = (i: number) => style.comments[i % style.comments.length];
  const form = values.length === 0 && style.form.startsWith("block") ? "flow" : style.form;
  switch (form) {
    case "flow-lines": {
      const first = note(0);
      return [
        `${head}${after}[${first ? ` ${first}` : ""}`,
        ...items.map((item, i) => `  ${item},${note(i + 1) ? ` ${note(i + 1)}` : ""}`),
        "]",
      ];
    }
    case "block":
    case "block-indented": {
      const indent = form === "block" ? "" : "  ";
      return [
        head,
        ...items.flatMap((item, i) => {
          const own = note(i);
          return own ? [`${indent}${own}`, `${indent}- ${item}`] : [`${indent}- ${item}`];
        }),
      ];
    }
    default: {
      const trailing = note(0);
      return [`${head}${after}[${items.join(", ")}]${trailing ? ` ${trailing}` : ""}`];
    }
  }
}

/** Keys a person may add, as lines, with what they read as. */
const EXTRAS: { key: string; lines: string[] }[] = [
  { key: "rating", lines: ["rating: 5"] },
  { key: "note", lines: ['note: "a # b: c --- d"'] },
  { key: "related", lines: ["related:", "  - a-paper", "  # the best one", "  - b-paper"] },
  { key: "summary", lines: ["summary: >", "  folded text", "  dates: not a key"] },
  { key: "quoted key", lines: ["'quoted key': [1, 2]"] },
  { key: "empty", lines: ["empty:"] },
];

const NOTES = [
  [],
  ["", "## Notes", "Read with care."],
  ["---", "dates: not a key here", "---"],
  ["- a list item", "  date: 2001-01-01"],
];

interface Unit {
  key?: string;
  lines: string[];
}

const handEdited = fc
  .record({
    title: fc.constantFrom('"Scaling: x # y"', "'It''s here'", "plain words here", '"T \\"q\\""'),
    date: isoDate,
    dates,
    topics,
    autoTopics: fc.option(topics, { nil: undefined }),
    arxivId: fc.option(fc.constantFrom("2508.01234", "hep-th/9901001"), { nil: undefined }),
    links: fc.uniqueArray(fc.constantFrom("https://a.example/x", "https://b.example/y#z"), {
      maxLength: 2,
    }),
    keyStyles: fc.array(keyStyle, { minLength: 7, maxLength: 7 }),
    dateStyle: scalarStyle,
    listStyles: fc.array(listStyle, { minLength: 4, maxLength: 4 }),
    extras: fc.uniqueArray(fc.constantFrom(...EXTRAS), { maxLength: 3 }),
    order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    between: fc.array(fc.constantFrom("", "", "", "blank", "comment", "indented"), {
      minLength: 12,
      maxLength: 12,
    }),
    betweenComment: comment,
    notes: fc.constantFrom(...NOTES),
    crlf: fc.boolean(),
  })
  .map((f) => {
    const key = (name: string, i: number) =>
      keyText(name, f.keyStyles[i] ?? { quote: "", before: "", after: " " });
    const after = (i: number) => f.keyStyles[i]?.after ?? " ";
    const units: Unit[] = [
      { key: "title", lines: [`${key("title", 0)}${after(0)}${f.title}`] },
      { key: "date", lines: [`${key("date", 1)}${after(1)}${scalarText(f.date, f.dateStyle)}`] },
      {
        key: "dates",
        lines: listLines(key("dates", 2), f.dates, f.listStyles[0] as ListStyle, after(2)),
      },
      {
        key: "topics",
        lines: listLines(key("topics", 3), f.topics, f.listStyles[1] as ListStyle, after(3)),
      },
      {
        key: "links",
        lines: listLines(key("links", 4), f.links, f.listStyles[2] as ListStyle, after(4)),
      },
      ...(f.autoTopics
        ? [
            {
              key: "auto_topics",
              lines: listLines(
                key("auto_topics", 5),
                f.autoTopics,
                f.listStyles[3] as ListStyle,
                after(5),
              ),
            },
          ]
        : []),
      ...(f.arxivId
        ? [{ key: "arxiv_id", lines: [`${key("arxiv_id", 6)}${after(6)}"${f.arxivId}"`] }]
        : []),
      ...f.extras.map((extra) => ({ key: extra.key, lines: extra.lines })),
    ];
    // Any key order: sort by a random rank.
    const ranked = units.map((unit, i) => ({ unit, rank: f.order[i] ?? 0 }));
    ranked.sort((a, b) => a.rank - b.rank);
    const lines = ranked.flatMap(({ unit }, i) => {
      const gap = f.between[i];
      const extra =
        gap === "blank"
          ? [""]
          : gap === "comment"
            ? [f.betweenComment]
            : gap === "indented"
              ? [`   ${f.betweenComment}`]
              : [];
      return [...extra, ...unit.lines];
    });
    const eol = f.crlf ? "\r\n" : "\n";
    const body = ["An abstract.", ...f.notes, ""].join(eol);
    return { text: ["---", ...lines, "---", body].join(eol), body, eol };
  });

const update: fc.Arbitrary<PaperUpdate> = fc.record(
  {
    date: isoDate,
    dates,
    topics,
    auto_topics: topics,
    arxiv_id: fc.constantFrom("2508.01234", "2508.01234v2", "cs/0101001"),
    authors: fc.array(fc.constantFrom("A. Person", "B. O'Brien", 'C. "Q" D'), { maxLength: 3 }),
    code: fc.constantFrom("https://github.com/a/b", "https://gitlab.com/c/d#e"),
    ai_summary: fc.constantFrom("One line.", "With: a colon # and hash", "Ünïcode — text"),
  },
  { requiredKeys: [] },
);

function stored(text: string): StoredPaper {
  const parsed = parsePaperFile(text, FILE);
  if (!parsed.ok)
    throw new Error(`generated file does not parse: ${parsed.problem.message}\n${text}`);
  return { slug: "p", file: FILE, text, data: parsed.data, body: parsed.body };
}

const COMMENT = /#[^\r\n"']*$/u;

describe("paperFileUpdate on files written by hand", () => {
  it("reads back as intended, keeps every other line and comment, and is stable", () => {
    fc.assert(
      fc.property(handEdited, update, ({ text, body, eol }, change) => {
        const before = stored(text);
        const write = paperFileUpdate(before, change);
        expect(write.problem).toBeUndefined();
        const after = parsePaperFile(write.content, FILE);
        if (!after.ok) throw new Error(after.problem.message);

        // Exactly the intended data: the old data with the updated keys replaced.
        expect(after.data).toEqual({ ...before.data, ...change });
        expect(after.body).toBe(before.body);
        expect(write.content.endsWith(`---${eol}${body}`)).toBe(true);

        // Same line ends throughout.
        const lines = write.content.split(eol);
        expect(lines.some((line) => line.includes("\n") || line.includes("\r"))).toBe(false);

        // Every comment is still there, as often as before.
        const comments = (s: string) =>
          s
            .split(eol)
            .flatMap((line) => COMMENT.exec(line)?.[0].trim() ?? [])
            .sort();
        expect(comments(write.content)).toEqual(comments(text));

        // Every line that is not part of a changed key is still there, in the same order.
        const changed = Object.keys(change).filter(
          (key) =>
            JSON.stringify((before.data as Record<string, unknown>)[key]) !==
            JSON.stringify(change[key as keyof PaperUpdate]),
        );
        const kept = text.split(eol).filter((line) => {
          const trimmed = line.trim();
          return (
            !changed.some((key) => new RegExp(`^['"]?${key}['"]? ?:`, "u").test(line)) &&
            !trimmed.startsWith("- ") &&
            !trimmed.startsWith("#") &&
            !/^\s+\S.*,/u.test(line) &&
            trimmed !== "]"
          );
        });
        let at = 0;
        for (const line of kept) {
          const found = lines.indexOf(line, at);
          expect(found, `line ${JSON.stringify(line)} is kept`).toBeGreaterThanOrEqual(0);
          at = found + 1;
        }

        // Updating again with the same values changes nothing, checked or not.
        const again = paperFileUpdate(stored(write.content), change);
        expect(again.content).toBe(write.content);
        const rewritten = Object.fromEntries(
          changed.map((key) => [key, change[key as keyof PaperUpdate]]),
        );
        expect(updatePaperFile(write.content, rewritten)).toBe(write.content);
      }),
      { numRuns: 400 },
    );
  });
});
