/**
 * Property tests for reading digests: generated digests in every layout a paste may
 * have parse back to exactly their papers, and no input at all makes the reader crash.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { HeaderDate } from "../../../src/content/dates.ts";
import { decodeText } from "../../../src/content/decode.ts";
import { readDigest } from "../../../src/content/digest-file.ts";
import type { Problem } from "../../../src/content/problem.ts";
import { parseDigestText } from "../../../src/sources/pasted-page.ts";

// ---------------------------------------------------------------------------------------------
// Words and whitespace
// ---------------------------------------------------------------------------------------------

const CHROME = [
  "new",
  "Get trending papers in your email inbox!",
  "Subscribe",
  "Daily Papers",
  "byAK and the research community",
];

/** Title and abstract words in several scripts, with math, markup and URLs: never whitespace. */
const WORDS = [
  // Latin, with and without diacritics
  "Scaling",
  "Diffusion",
  "Transformers",
  "Efficiently",
  "via",
  "Large",
  "Language",
  "Models",
  "for",
  "of",
  "the",
  "and",
  "Zero-Shot",
  "Multi-Agent",
  "Reasoning",
  "GPT-4o",
  "(ViT)",
  "3D",
  "2025",
  "Über",
  "naïve",
  "café",
  "Gödel",
  "Łukasiewicz",
  "Dvořák",
  "São",
  "Ångström",
  "Ñandú",
  // Greek, Cyrillic, CJK, Korean, Arabic, Hebrew, Devanagari
  "Μάθηση",
  "αλγόριθμος",
  "λ-calculus",
  "Обучение",
  "нейронных",
  "сетей",
  "大規模言語モデル",
  "深度学习",
  "图像生成",
  "한국어",
  "모델",
  "تعلم",
  "למידה",
  "सीखना",
  // emoji, including sequences joined by ZWJ and flags
  "🚀",
  "🤗",
  "👩‍🔬",
  "🇺🇳",
  "❤️",
  // LaTeX
  "$\\ell_1$",
  "$μ$P",
  "$O(n\\log",
  "n)$",
  "$\\mathbb{R}^d$",
  "$x^2$",
  "$\\alpha$-divergence",
  "$k$-NN",
  // text that looks like HTML
  "<b>bold</b>",
  "<i>x</i>",
  "<script>alert(1)</script>",
  "&amp;",
  "&lt;tag&gt;",
  "a<b",
  "x>y",
  "<br/>",
  // URLs and punctuation
  "https://github.com/x/y.",
  "https://arxiv.org/abs/2507.12345",
  "(https://en.wikipedia.org/wiki/A_(b))",
  ":",
  "-",
  "—",
  "?",
  "…",
  "&",
  '"quoted"',
  "’s",
  "e.g.,",
];

/** Ends of sentences, so abstracts read like prose. */
const SENTENCE_WORDS = ["works.", "results!", "why?", "We", "Our", "The", "Results", "In"];

// biome-ignore lint/suspicious/noControlCharactersInRegex: tokens must not hold control characters.
const CONTROL = /[\u0000-\u001f\u007f]/u;
/** What the spec calls whitespace: JavaScript's \s plus NEL. */
const WHITESPACE = /[\s\u0085]/u;

const randomWord = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 6 })
  .filter((word) => !WHITESPACE.test(word) && !CONTROL.test(word));

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...SENTENCE_WORDS) },
  { weight: 1, arbitrary: randomWord },
);

/** Horizontal whitespace between words: spaces, tabs, NBSP and other Unicode spaces. */
const SPACES = [" ", "  ", "\t", "\u00a0", " \u00a0 ", "\u2009", "\u202f", "\u3000", "\u2028"];
/** A line break inside a paragraph, with the trailing and leading spaces pastes have. */
const BREAKS = ["\n", " \n", "\n\t", "\u00a0\n  "];

function separator(breakWeight: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 10, arbitrary: fc.constant(" ") },
    { weight: 4, arbitrary: fc.constantFrom(...SPACES) },
    { weight: breakWeight, arbitrary: fc.constantFrom(...BREAKS) },
  );
}

/** A paragraph: its words and how they are laid out. `\n` marks a line break. */
interface Paragraph {
  words: string[];
  text: string;
}

function paragraph(words: fc.Arbitrary<string[]>, breakWeight: number): fc.Arbitrary<Paragraph> {
  const edge = fc.constantFrom("", "", "", " ", "\t", "\u00a0", "  ");
  return words.chain((ws) =>
    fc
      .tuple(
        fc.array(separator(breakWeight), { minLength: ws.length - 1, maxLength: ws.length - 1 }),
        edge,
        edge,
      )
      .map(([seps, lead, trail]) => ({
        words: ws,
        text: lead + ws.map((w, i) => (i === 0 ? w : `${seps[i - 1]}${w}`)).join("") + trail,
      })),
  );
}

/** What the parser must make of a paragraph: its words joined by single spaces. */
function normalised(p: Paragraph): string {
  return p.words.join(" ");
}

const MONTH_SHORT = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const MONTH_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function isDateLike(title: string): boolean {
  const monthName = [...MONTH_SHORT, ...MONTH_LONG, "Sept"].join("|");
  return (
    /^\d{4}-\d{2}-\d{2}$/u.test(title) ||
    new RegExp(`^(?:${monthName})\\b`, "iu").test(title) ||
    new RegExp(`^\\d{1,2} (?:${monthName})\\b`, "iu").test(title)
  );
}

/** Titles the parser may rightly read as something else; the round trip leaves them out. */
function isPlainTitle(title: string): boolean {
  if (CHROME.some((line) => line.toLowerCase() === title.toLowerCase())) return false;
  if (isDateLike(title)) return false;
  // A long title that reads as sentences is taken for an abstract whose title is missing.
  if (title.length > 300 && /[.!?]\s/u.test(title)) return false;
  return true;
}

/** Words of very long titles: no sentence ends, which would make them read as an abstract. */
const titleWord = fc.constantFrom(...WORDS.filter((w) => !/[.!?]$/u.test(w)));

const title = fc
  .oneof(
    { weight: 8, arbitrary: paragraph(fc.array(word, { minLength: 1, maxLength: 12 }), 0) },
    { weight: 1, arbitrary: paragraph(fc.array(word, { minLength: 1, maxLength: 8 }), 2) },
    { weight: 1, arbitrary: paragraph(fc.array(titleWord, { minLength: 40, maxLength: 70 }), 0) },
  )
  .filter((p) => isPlainTitle(normalised(p)));

const abstract = paragraph(fc.array(word, { minLength: 1, maxLength: 60 }), 2);

interface Paper {
  title: Paragraph;
  abstract: Paragraph;
}

const papers = fc.uniqueArray(fc.record({ title, abstract }), {
  minLength: 1,
  maxLength: 8,
  selector: (paper: Paper) => normalised(paper.title).toLowerCase(),
});

// ---------------------------------------------------------------------------------------------
// Dates and file names
// ---------------------------------------------------------------------------------------------

interface DigestDate {
  iso: string;
  /** The date line as the header writes it. */
  line: string;
  /** What parseHeaderDate must read from it. */
  header: HeaderDate;
}

const calendarDay = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const digestDate: fc.Arbitrary<DigestDate> = fc
  .tuple(calendarDay, fc.integer({ min: 0, max: 5 }))
  .map(([{ year, month, day }, format]) => {
    const short = MONTH_SHORT[month - 1] ?? "";
    const long = MONTH_LONG[month - 1] ?? "";
    const lines: [string, boolean][] = [
      [`${short} ${day}`, false],
      [`${long} ${day}`, false],
      [`${short}. ${day}`, false],
      [`${long} ${day}, ${year}`, true],
      [`${day} ${long} ${year}`, true],
      [iso(year, month, day), true],
    ];
    const [line, hasYear] = lines[format] ?? ["", false];
    return {
      iso: iso(year, month, day),
      line,
      header: hasYear ? { month, day, year } : { month, day },
    };
  });

const fileName = (date: string) =>
  fc
    .tuple(
      fc.constantFrom("", "content/digests/", "C:\\digests\\"),
      fc.constantFrom(".txt", "-hf.txt", "_2.txt", ".daily.txt"),
    )
    .map(([dir, suffix]) => `${dir}${date}${suffix}`);

// ---------------------------------------------------------------------------------------------
// Whole digests
// ---------------------------------------------------------------------------------------------

const BLANK_LINES = ["", "", "", " ", "\t", "\u00a0", "  \u3000 "];

interface DigestLayout {
  bom: boolean;
  leading: string[];
  chrome: string[];
  chromeTrail: string;
  date: DigestDate | null;
  papers: Paper[];
  blanks: string[][];
  eol: "\n" | "\r\n" | "\r" | "mixed";
  mixedEols: boolean[];
  finalEol: boolean;
}

const layout: fc.Arbitrary<DigestLayout> = fc.record({
  bom: fc.boolean(),
  leading: fc.array(fc.constantFrom(...BLANK_LINES), { maxLength: 2 }),
  chrome: fc.subarray(CHROME),
  chromeTrail: fc.constantFrom("", " ", "\u00a0"),
  date: fc.option(digestDate),
  papers,
  blanks: fc.array(fc.array(fc.constantFrom(...BLANK_LINES), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 10,
  }),
  eol: fc.constantFrom("\n" as const, "\r\n" as const, "\r" as const, "mixed" as const),
  mixedEols: fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
  finalEol: fc.boolean(),
});

interface Rendered {
  text: string;
  /** 1-based line of each paper's title. */
  titleLines: number[];
  dateLine?: number;
}

function render(d: DigestLayout): Rendered {
  const lines: string[] = [...d.leading];
  let group = 0;
  const blank = () => {
    lines.push(...(d.blanks[group++ % d.blanks.length] ?? [""]));
  };
  const push = (p: Paragraph) => {
    const start = lines.length + 1;
    lines.push(...p.text.split("\n"));
    return start;
  };
  for (const chrome of d.chrome) {
    lines.push(chrome + d.chromeTrail);
    blank();
  }
  let dateLine: number | undefined;
  if (d.date) {
    dateLine = lines.length + 1;
    lines.push(d.date.line);
    blank();
  }
  const titleLines: number[] = [];
  d.papers.forEach((paper, i) => {
    titleLines.push(push(paper.title));
    blank();
    push(paper.abstract);
    if (i < d.papers.length - 1) blank();
  });
  const eol = (i: number) =>
    d.eol === "mixed" ? (d.mixedEols[i % d.mixedEols.length] ? "\r\n" : "\n") : d.eol;
  const text =
    (d.bom ? "\ufeff" : "") +
    lines.map((line, i) => (i === 0 ? line : `${eol(i)}${line}`)).join("") +
    (d.finalEol ? eol(lines.length) : "");
  return { text, titleLines, ...(dateLine === undefined ? {} : { dateLine }) };
}

const encoder = new TextEncoder();

/** Lines in a byte string, counting LF, CRLF and lone CR as line ends. */
function lineCountOfBytes(bytes: Uint8Array): number {
  let lines = 1;
  bytes.forEach((byte, i) => {
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) lines++;
  });
  return lines;
}

function expectWellFormed(problem: Problem, file: string, maxLine: number): void {
  expect(problem.file).toBe(file);
  expect(problem.message.trim()).not.toBe("");
  expect(problem.fix.trim()).not.toBe("");
  if (problem.line !== undefined) {
    expect(Number.isInteger(problem.line)).toBe(true);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(maxLine);
  }
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe("parseDigestText and readDigest: round trip", () => {
  const digest = fc.tuple(layout, digestDate).chain(([d, fallback]) =>
    fc.record({
      d: fc.constant(d),
      day: fc.constant(d.date?.iso ?? fallback.iso),
      file: fileName(d.date?.iso ?? fallback.iso),
    }),
  );

  it("gives back exactly the normalised titles and abstracts, in order, at their lines", () => {
    fc.assert(
      fc.property(digest, ({ d, day, file }) => {
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

        const result = readDigest(encoder.encode(text), file);
        if (!result.ok) expect(result.problems).toEqual([]);
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.digest.date).toBe(day);
          expect(result.digest.file).toBe(file);
          expect(result.digest.entries).toEqual(parsed.entries);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reports a header date that contradicts the file name at the date line", () => {
    const mismatch = fc
      .record({
        d: layout.filter((d) => d.date !== null),
        other: calendarDay,
        suffix: fc.constantFrom(".txt", "-hf.txt"),
      })
      .filter(({ d, other }) => {
        const header = d.date?.header;
        if (!header) return false;
        return (
          header.month !== other.month ||
          header.day !== other.day ||
          (header.year !== undefined && header.year !== other.year)
        );
      });
    fc.assert(
      fc.property(mismatch, ({ d, other, suffix }) => {
        const { text, dateLine } = render(d);
        const file = `content/digests/${iso(other.year, other.month, other.day)}${suffix}`;
        const result = readDigest(encoder.encode(text), file);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.problems).toHaveLength(1);
          expect(result.problems[0]?.line).toBe(dateLine);
          expect(result.problems[0]?.file).toBe(file);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("reports a title with no abstract (a cut-short paste) at the title's line", () => {
    fc.assert(
      fc.property(layout, (d) => {
        const last = d.papers.at(-1);
        if (!last) return;
        // Drop the last abstract: the paste ends right after the last title.
        const cut: DigestLayout = {
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

describe("readDigest: bytes that are not a plain-text digest", () => {
  const BAD_SEQUENCES = [
    [0xff],
    [0xfe],
    [0x80],
    [0xc0, 0x80], // overlong
    [0xed, 0xa0, 0x80], // UTF-16 surrogate
    [0xe2, 0x82], // cut short
    [0xf4, 0x90, 0x80, 0x80], // beyond U+10FFFF
  ];

  it("reports the first byte that is not UTF-8 at its line", () => {
    fc.assert(
      fc.property(
        layout,
        fc.nat(),
        fc.constantFrom(...BAD_SEQUENCES),
        fc.boolean(),
        (d, at, bad, endOfLine) => {
          const eachLine = render({ ...d, bom: false }).text.split(/(\r\n|\r|\n)/u);
          const k = at % Math.ceil(eachLine.length / 2);
          // Put the bad bytes at the start or the end of line k (0-based).
          const line = eachLine[2 * k] ?? "";
          const before = eachLine.slice(0, 2 * k).join("") + (endOfLine ? line : "");
          const after = (endOfLine ? "" : line) + eachLine.slice(2 * k + 1).join("");
          const bytes = new Uint8Array([
            ...encoder.encode(before),
            ...bad,
            ...encoder.encode(after),
          ]);
          const decoded = decodeText(bytes, "d.txt");
          expect(decoded.ok).toBe(false);
          if (!decoded.ok) {
            expect(decoded.problem.line).toBe(k + 1);
            expect(decoded.problem.message).toContain(`byte ${encoder.encode(before).length} `);
          }
          const result = readDigest(bytes, "content/digests/2025-07-30.txt");
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reports a control character at its line", () => {
    fc.assert(
      fc.property(
        layout,
        fc.nat(),
        fc.constantFrom("\u0000", "\u0007", "\u001b", "\u007f", "\u0008", "\u001f"),
        (d, at, control) => {
          const rendered = render(d).text;
          const eachLine = rendered.split(/(\r\n|\r|\n)/u);
          const k = at % Math.ceil(eachLine.length / 2);
          eachLine[2 * k] = `${control}${eachLine[2 * k] ?? ""}`;
          const decoded = decodeText(encoder.encode(eachLine.join("")), "d.txt");
          expect(decoded.ok).toBe(false);
          if (!decoded.ok) expect(decoded.problem.line).toBe(k + 1);
        },
      ),
      { numRuns: 150 },
    );
  });

  const anyPath = fc.oneof(
    fc.constantFrom(
      "content/digests/2025-07-30.txt",
      "2024-02-29-hf.txt",
      "2025-02-30.txt",
      "x/2025-13-01.txt",
      "notes.txt",
      "2025-07-30.md",
      "C:\\digests\\2025-07-30.txt",
    ),
    fc.string({ maxLength: 30 }),
  );

  /** Real digests with a few bytes overwritten: mostly text, sometimes broken. */
  const mutatedDigest = layout
    .map((d) => encoder.encode(render(d).text))
    .chain((bytes) =>
      fc
        .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 })
        .map((edits) => {
          const copy = bytes.slice();
          for (const [at, value] of edits) {
            if (copy.length > 0) copy[at % copy.length] = value;
          }
          return copy;
        }),
    );

  const anyBytes = fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    fc.uint8Array({ min: 0x09, max: 0x7e, maxLength: 400 }),
    mutatedDigest,
  );

  it("never throws: either a digest or problems that name the file, a line, what and how", () => {
    fc.assert(
      fc.property(anyBytes, anyPath, (bytes, file) => {
        const result = readDigest(bytes, file);
        const maxLine = lineCountOfBytes(bytes);
        for (const warning of result.warnings) expectWellFormed(warning, file, maxLine);
        if (result.ok) {
          expect(result.digest.file).toBe(file);
          expect(result.digest.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
          expect(result.digest.entries.length).toBeGreaterThan(0);
          for (const entry of result.digest.entries) {
            expect(entry.title).not.toBe("");
            expect(entry.abstract).not.toBe("");
          }
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expectWellFormed(problem, file, maxLine);
        }
      }),
      { numRuns: 500 },
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
