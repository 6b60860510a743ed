/**
 * Reading and writing paper files. New files are written in one fixed layout; existing files
 * are changed key by key so that everything else a person wrote stays byte for byte.
 */
import type { IsoDate } from "../dates.ts";
import { type FrontmatterResult, parseFrontmatter } from "../frontmatter.ts";
import { yamlString, yamlStringList } from "../yaml.ts";
import {
  PAPER_DETAIL_KEYS,
  type PaperDetails,
  type PaperFrontmatter,
  paperFrontmatterSchema,
} from "./paper-schema.ts";

export interface NewPaper {
  title: string;
  dates: IsoDate[];
  topics: string[];
  links: string[];
  abstract: string;
  /** Keys from a JSON digest's record, written after the others in PAPER_DETAIL_KEYS order. */
  details?: PaperDetails;
}

/** The file the split writes for a paper it has not seen before. */
export function renderPaperFile(paper: NewPaper): string {
  const details = paper.details ?? {};
  return [
    "---",
    `title: ${yamlString(paper.title)}`,
    `date: ${yamlString(paper.dates[0] ?? "")}`,
    `dates: ${yamlStringList(paper.dates)}`,
    `topics: ${yamlStringList(paper.topics)}`,
    `links: ${yamlStringList(paper.links)}`,
    `auto_topics: ${yamlStringList(paper.topics)}`,
    ...PAPER_DETAIL_KEYS.flatMap((key) => {
      const value = details[key];
      return value === undefined ? [] : [`${key}: ${yamlValue(value)}`];
    }),
    "---",
    paper.abstract,
    "",
  ].join("\n");
}

/** A paper file already in content/papers/, as read. */
export interface StoredPaper {
  slug: string;
  /** Path, for messages. */
  file: string;
  text: string;
  data: PaperFrontmatter;
  body: string;
}

export type PaperFileResult = FrontmatterResult<PaperFrontmatter>;

/** Parses and validates a paper file; a broken one is a problem naming the file and line. */
export function parsePaperFile(text: string, file: string): PaperFileResult {
  if (!/^(?:\ufeff)?---\r?\n/u.test(text)) {
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        message: "a paper file must start with a --- frontmatter block",
        fix: "restore the frontmatter (title, date, dates, topics, links) or delete the file and run the split again",
      },
    };
  }
  return parseFrontmatter(text, file, paperFrontmatterSchema, {
    syntax: "fix the YAML syntax (quotes, colons, indentation) on that line",
    schema: 'correct that key; see README.md, "Edit a paper", for what each key holds',
  });
}

/**
 * The values the split may change in an existing file, as YAML. Keys are written in the order
 * given; keys the file lacks are appended after its last key.
 */
export interface PaperUpdate extends PaperDetails {
  date?: IsoDate;
  dates?: IsoDate[];
  topics?: string[];
  auto_topics?: string[];
}

function yamlValue(value: string | string[]): string {
  return Array.isArray(value) ? yamlStringList(value) : yamlString(value);
}

interface Line {
  text: string;
  /** The line's own ending ("\n", "\r\n" or "" for the last line): mixed endings are kept. */
  end: string;
}

function splitKeepingEnds(text: string): Line[] {
  const parts = text.split(/(\r?\n)/u);
  const lines: Line[] = [];
  for (let i = 0; i < parts.length; i += 2)
    lines.push({ text: parts[i] ?? "", end: parts[i + 1] ?? "" });
  return lines;
}

/** A line that starts a new top-level key, or a comment: where the previous key's value ends. */
const VALUE_BOUNDARY = /^(?:#|[^\s#\-[\]{},][^:]*:(?:\s|$)|---)/u;

/**
 * Rewrites only the given top-level keys of a file's frontmatter, whatever style they were
 * written in (flow or block list, on one line or several), and appends keys the file lacks.
 * Every other byte stays, including each line's own line ending.
 */
export function updatePaperFile(text: string, update: PaperUpdate): string {
  const lines = splitKeepingEnds(text);
  // Like gray-matter, the frontmatter ends at the first later line that starts with ---.
  const close = lines.findIndex((line, index) => index > 0 && line.text.startsWith("---"));
  if (close < 0) throw new Error("updatePaperFile: no closing --- (parse the file first)");
  const head = lines.slice(0, close);
  const rest = lines.slice(close);
  const defaultEnd = lines[0]?.end || "\n";

  for (const [key, value] of Object.entries(update) as [string, string | string[]][]) {
    const written = `${key}: ${yamlValue(value)}`;
    const start = head.findIndex((line, index) => index > 0 && line.text.startsWith(`${key}:`));
    if (start < 0) {
      head.push({ text: written, end: defaultEnd });
      continue;
    }
    let stop = start + 1;
    while (stop < head.length && !VALUE_BOUNDARY.test(head[stop]?.text ?? "")) stop++;
    // Blank lines after the value separate it from the next key: they stay.
    while (stop > start + 1 && (head[stop - 1]?.text ?? "").trim() === "") stop--;
    head.splice(start, stop - start, { text: written, end: head[start]?.end || defaultEnd });
  }
  return [...head, ...rest].map((line) => line.text + line.end).join("");
}
