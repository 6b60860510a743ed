/**
 * Reading and writing paper files. New files are written in one fixed layout; existing files
 * are changed key by key so that everything else a person wrote stays byte for byte.
 */
import { isDeepStrictEqual } from "node:util";
import type { IsoDate } from "../dates.ts";
import {
  type FrontmatterResult,
  frontmatterSpan,
  lineAt,
  parseFrontmatter,
} from "../frontmatter.ts";
import type { Problem } from "../problem.ts";
import { yamlString, yamlStringList } from "../yaml.ts";
import { yamlEntries } from "../yaml-entries.ts";
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

type Rewrite = { ok: true; text: string } | { ok: false; reason: string; fix: string };

/**
 * Rewrites only the given top-level keys of a file's frontmatter, wherever and however they are
 * written (quoted or spaced keys, flow or block lists, on one line or several), and appends keys
 * the file lacks. A comment inside a rewritten value is kept on a line of its own after it.
 * Every other byte stays, including each line's own line ending.
 */
function rewriteKeys(text: string, update: PaperUpdate): Rewrite {
  const span = frontmatterSpan(text);
  if (!span) {
    return {
      ok: false,
      reason: "its frontmatter has no closing --- line",
      fix: "end the frontmatter with a line that holds only ---, then run the command again",
    };
  }
  const yaml = text.slice(span.start, span.end);
  const found = yamlEntries(yaml);
  if (!found.ok) {
    return {
      ...found,
      fix: "write the frontmatter as one `key: value` per line, as the split writes it, then run the command again",
    };
  }
  const fileEnd = /\r\n$/u.test(text.slice(0, span.start)) ? "\r\n" : "\n";
  const edits: { from: number; to: number; text: string }[] = [];
  let appended = "";
  for (const [key, value] of Object.entries(update) as [string, string | string[]][]) {
    const entry = found.entries.find((candidate) => candidate.key === key);
    if (!entry) {
      appended += `${key}: ${yamlValue(value)}${fileEnd}`;
      continue;
    }
    const end = yaml.startsWith("\r\n", entry.valueEnd) ? "\r\n" : fileEnd;
    let written = ` ${yamlValue(value)}`;
    for (const comment of entry.comments) {
      written += comment.onKeyLine
        ? ` ${comment.text}`
        : `${end}${comment.indent ?? ""}${comment.text}`;
    }
    edits.push({
      from: span.start + entry.valueStart,
      to: span.start + entry.valueEnd,
      text: written,
    });
  }
  let result = text.slice(0, span.end) + appended + text.slice(span.end);
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    result = result.slice(0, edit.from) + edit.text + result.slice(edit.to);
  }
  return { ok: true, text: result };
}

/** The file with the given keys rewritten; see rewriteKeys. Throws when it cannot be done. */
export function updatePaperFile(text: string, update: PaperUpdate): string {
  const rewrite = rewriteKeys(text, update);
  if (!rewrite.ok) throw new Error(`updatePaperFile: ${rewrite.reason}`);
  return rewrite.text;
}

/**
 * A paper file to write: its new text, what it held when read (null for a new file), and, when
 * that text would not read back as intended, the problem instead.
 */
export interface PaperFileWrite {
  slug: string;
  content: string;
  replaces: string | null;
  problem?: Problem;
}

/** The first key whose value reads back differently, or undefined when all do as intended. */
function differingKey(
  actual: Record<string, unknown>,
  expected: Record<string, unknown>,
): string | undefined {
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...keys].find((key) => !isDeepStrictEqual(actual[key], expected[key]));
}

/**
 * An existing paper file with the given keys changed, checked by reading it back: every key must
 * hold the intended value (the update's, or the one it had) and the body must not change.
 * Keys that already hold their value are left as the person wrote them.
 */
export function paperFileUpdate(paper: StoredPaper, update: PaperUpdate): PaperFileWrite {
  const changes = Object.fromEntries(
    Object.entries(update).filter(
      ([key, value]) => !isDeepStrictEqual((paper.data as Record<string, unknown>)[key], value),
    ),
  ) as PaperUpdate;
  const keys = Object.keys(changes);
  const write = { slug: paper.slug, content: paper.text, replaces: paper.text };
  if (keys.length === 0) return write;
  const key = keys[0] ?? "";
  const plainly = `write ${keys.join(", ")} plainly, one line each as the split writes them (like ${key}: ${yamlValue(changes[key as keyof PaperUpdate] ?? "")}) and without anchors or aliases, then run the command again`;
  const refuse = (message: string, offset?: number, fix = plainly): PaperFileWrite => ({
    ...write,
    problem: {
      file: paper.file,
      line: offset === undefined ? 1 : lineAt(paper.text, offset),
      message: `cannot record the new ${new Intl.ListFormat("en").format(keys)} without changing what the file says: ${message}`,
      fix,
    },
  });
  const rewrite = rewriteKeys(paper.text, changes);
  if (!rewrite.ok) return refuse(rewrite.reason, undefined, rewrite.fix);
  const span = frontmatterSpan(paper.text);
  const entries = span ? yamlEntries(paper.text.slice(span.start, span.end)) : undefined;
  const offsetOf = (key: string) => {
    const entry = entries?.ok
      ? entries.entries.find((candidate) => candidate.key === key)
      : undefined;
    return entry && span ? span.start + entry.start : undefined;
  };
  const reread = parsePaperFile(rewrite.text, paper.file);
  if (!reread.ok) {
    return refuse(`it would no longer read: ${reread.problem.message}`, offsetOf(keys[0] ?? ""));
  }
  const expected = { ...paper.data, ...changes } as Record<string, unknown>;
  const differing = differingKey(reread.data, expected);
  if (differing !== undefined) {
    return refuse(
      `${differing} would read ${JSON.stringify(reread.data[differing]) ?? "nothing"} instead of ${JSON.stringify(expected[differing]) ?? "nothing"}`,
      offsetOf(differing),
    );
  }
  if (reread.body !== paper.body) {
    return refuse("the text after the frontmatter would change", span?.end);
  }
  return { ...write, content: rewrite.text };
}

/**
 * The file for a paper the split has not seen before, checked by reading it back. A file that
 * would not is a bug in this program, reported rather than written.
 */
export function newPaperFile(slug: string, paper: NewPaper): PaperFileWrite {
  const content = renderPaperFile(paper);
  const write = { slug, content, replaces: null };
  const file = `content/papers/${slug}.md`;
  const reread = parsePaperFile(content, file);
  const details = paper.details ?? {};
  const expected: Record<string, unknown> = {
    title: paper.title,
    date: paper.dates[0] ?? "",
    dates: paper.dates,
    topics: paper.topics,
    links: paper.links,
    auto_topics: paper.topics,
    ...Object.fromEntries(
      PAPER_DETAIL_KEYS.flatMap((key) => (key in details ? [[key, details[key]]] : [])),
    ),
  };
  const differing = reread.ok ? differingKey(reread.data, expected) : "frontmatter";
  if (differing === undefined && reread.ok && reread.body === `${paper.abstract}\n`) return write;
  return {
    ...write,
    problem: {
      file,
      message: `the new file would not read back as the digest lists the paper (${differing ?? "the abstract"} differs): this is a bug in the archive tool`,
      fix: `please report it with the digest that lists ${JSON.stringify(paper.title)}; nothing was written`,
    },
  };
}
