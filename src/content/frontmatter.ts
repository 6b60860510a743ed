/**
 * The frontmatter of a file people edit (paper and topic files): read with gray-matter, checked
 * against a zod schema. A broken file is one problem naming the file and, when known, the line.
 */
import matter from "gray-matter";
import type { z } from "zod";
import type { Problem } from "./problem.ts";
import { firstErrorAt, unclosedAt, yamlEntries } from "./yaml-entries.ts";

export type FrontmatterResult<T> =
  | { ok: true; data: T; body: string }
  | { ok: false; problem: Problem };

/** What to tell a person for each kind of mistake: YAML syntax, or a value the schema refuses. */
export interface FrontmatterFixes {
  syntax: string;
  schema: string;
}

interface YamlError {
  reason?: string;
  mark?: { position?: number };
}

/** Where the YAML between the --- lines is, as gray-matter finds it. */
export interface FrontmatterSpan {
  /** Offset of the first YAML line (the line after the opening ---). */
  start: number;
  /** Offset of the closing --- line. */
  end: number;
  /** Offset just after the opening ---, where gray-matter's YAML parser starts counting. */
  parserStart: number;
}

/**
 * The YAML of a file that starts with a `---` line, closed, like gray-matter does, by the first
 * later line that starts with `---`. Undefined when there is no such pair of lines.
 */
export function frontmatterSpan(text: string): FrontmatterSpan | undefined {
  const opening = /^\ufeff?---[^\S\r\n]*\r?\n/u.exec(text);
  if (!opening) return undefined;
  const start = opening[0].length;
  const close = text.indexOf("\n---", start - 1);
  if (close < 0) return undefined;
  return { start, end: close + 1, parserStart: text.indexOf("---") + 3 };
}

/** The 1-based line of a character offset in a frontmatter's text (its lines end in LF or CRLF). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * The line to show for a YAML error: the parser stops where it can go no further, which for a
 * quote or bracket left open is many lines after the mistake, so that mistake is named instead.
 */
function syntaxProblem(text: string, error: YamlError): Pick<Problem, "line" | "message"> {
  const span = frontmatterSpan(text);
  const reason = error.reason ?? "unreadable";
  if (span) {
    const yaml = text.slice(span.start, span.end);
    const unclosed = unclosedAt(yaml);
    const stoppedAt =
      error.mark?.position === undefined ? undefined : span.parserStart + error.mark.position;
    const otherAt = firstErrorAt(yaml);
    // The reader names the place it stopped; the other parser sometimes sees the mistake sooner.
    const stopped =
      stoppedAt === undefined || otherAt === undefined
        ? stoppedAt
        : Math.min(stoppedAt, span.start + otherAt);
    if (unclosed && (stopped === undefined || span.start + unclosed.offset <= stopped)) {
      return {
        line: lineAt(text, span.start + unclosed.offset),
        message: `the frontmatter is not valid YAML: ${unclosed.what} on this line is not closed`,
      };
    }
    if (stopped !== undefined) {
      return {
        line: lineAt(text, Math.max(span.start, stopped)),
        message: `the frontmatter is not valid YAML: ${reason}`,
      };
    }
  }
  return { message: `the frontmatter is not valid YAML: ${reason}` };
}

export function parseFrontmatter<Schema extends z.ZodType>(
  text: string,
  file: string,
  schema: Schema,
  fixes: FrontmatterFixes,
): FrontmatterResult<z.output<Schema>> {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Options, even empty, keep gray-matter from caching every file it has read.
    parsed = matter(text, {});
  } catch (error) {
    return {
      ok: false,
      problem: { file, ...syntaxProblem(text, error as YamlError), fix: fixes.syntax },
    };
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue?.path.join(".") || "frontmatter";
    return {
      ok: false,
      problem: {
        file,
        ...lineOfKey(text, String(issue?.path[0] ?? "")),
        message: `${key}: ${issue?.message ?? "invalid"}`,
        fix: fixes.schema,
      },
    };
  }
  return { ok: true, data: result.data, body: parsed.content };
}

function lineOfKey(text: string, key: string): { line?: number } {
  const span = frontmatterSpan(text);
  if (key === "" || !span) return {};
  const found = yamlEntries(text.slice(span.start, span.end));
  const entry = found.ok ? found.entries.find((candidate) => candidate.key === key) : undefined;
  return entry ? { line: lineAt(text, span.start + entry.start) } : {};
}
