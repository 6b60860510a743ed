/**
 * Random pastes of the Daily Papers page, for property tests: papers whose titles and abstracts
 * mix scripts, math, markup and URLs, laid out in every way a paste may have (header chrome,
 * date line, blank lines, spaces, line ends, BOM), and the text they render to with the line of
 * each title.
 */
import fc from "fast-check";
import type { HeaderDate } from "../../src/content/dates.ts";
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "./months.ts";

// ---------------------------------------------------------------------------------------------
// Words and whitespace
// ---------------------------------------------------------------------------------------------

export const CHROME = [
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
/** What the parser takes for whitespace: JavaScript's \s plus NEL. */
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
export interface Paragraph {
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
export function normalised(p: Paragraph): string {
  return p.words.join(" ");
}

function isDateLike(title: string): boolean {
  const monthName = [...MONTH_ABBREVIATIONS, ...MONTH_NAMES, "Sept"].join("|");
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

export interface Paper {
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

export interface DigestDate {
  iso: string;
  /** The date line as the header writes it. */
  line: string;
  /** What parseHeaderDate must read from it. */
  header: HeaderDate;
}

export const calendarDay = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => {
    const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    return { year, month, day, iso: iso(year, month, day) };
  });

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export const digestDate: fc.Arbitrary<DigestDate> = fc
  .tuple(calendarDay, fc.integer({ min: 0, max: 5 }))
  .map(([{ year, month, day }, format]) => {
    const short = MONTH_ABBREVIATIONS[month - 1] ?? "";
    const long = MONTH_NAMES[month - 1] ?? "";
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

export const fileName = (date: string) =>
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

export interface DigestLayout {
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

export const layout: fc.Arbitrary<DigestLayout> = fc.record({
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

/** A generated digest with its day and a file name that starts with that day. */
export const datedDigest = fc.tuple(layout, digestDate).chain(([d, fallback]) =>
  fc.record({
    d: fc.constant(d),
    day: fc.constant(d.date?.iso ?? fallback.iso),
    file: fileName(d.date?.iso ?? fallback.iso),
  }),
);

export interface Rendered {
  text: string;
  /** 1-based line of each paper's title. */
  titleLines: number[];
  dateLine?: number;
}

export function render(d: DigestLayout): Rendered {
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

export const encoder = new TextEncoder();
