/**
 * Parses a JSON digest: the Daily Papers API's records for one day, as `npm run fetch` stores
 * them. Every bad record is a problem naming its number and line; the day's entries come out
 * ordered as the Daily Papers page lists them, most upvoted first.
 */
import type { IsoDate } from "../../content/dates.ts";
import { paperKey } from "../../content/paper-identity.ts";
import type { Problem } from "../../content/problem.ts";
import { normalizeWhitespace, quote } from "../../content/text.ts";
import type { DigestEntry, ParsedDigest } from "../pasted-page.ts";
import { checkJsonSyntax, type JsonSyntax } from "./json-syntax.ts";
import { paperDetails } from "./paper-details.ts";
import { type DailyPapersRecord, dailyPapersRecordSchema, jsonType } from "./record.ts";

/** How to get a good copy of the day again. */
function fetchAgain(date: IsoDate | undefined): string {
  return `fetch the day again: npm run fetch -- --date ${date ?? "YYYY-MM-DD"}`;
}

/** 1-based line and column of each offset (ascending), counting LF, CRLF and lone CR as line ends. */
function positions(text: string, offsets: readonly number[]): { line: number; column: number }[] {
  const found: { line: number; column: number }[] = [];
  let line = 1;
  let lineStart = 0;
  let index = 0;
  for (const offset of offsets) {
    for (; index < offset; index++) {
      const char = text[index];
      if (char === "\n" || (char === "\r" && text[index + 1] !== "\n")) {
        line++;
        lineStart = index + 1;
      }
    }
    found.push({ line, column: offset - lineStart + 1 });
  }
  return found;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  return positions(text, [offset])[0] ?? { line: 1, column: 1 };
}

function syntaxProblem(
  text: string,
  file: string,
  syntax: JsonSyntax & { ok: false },
  fetch: string,
): Problem {
  if (syntax.truncated) {
    const inside = syntax.elements > 0 ? `, inside record ${syntax.elements}` : "";
    return {
      file,
      line: positionOf(text, text.trimEnd().length).line,
      message: `the JSON ends early${inside}: the file looks cut short`,
      fix: fetch,
    };
  }
  const { line, column } = positionOf(text, syntax.offset);
  return {
    file,
    line,
    message: `not valid JSON at column ${column}: expected ${syntax.expected}`,
    fix: `correct the JSON on that line, or ${fetch}`,
  };
}

interface Parsed {
  record: DailyPapersRecord;
  number: number;
  line: number;
}

/** The file's records, each checked against the schema; a problem for each one that fails. */
function readRecords(
  text: string,
  file: string,
  fetch: string,
): { records: Parsed[]; problems: Problem[] } {
  const fail = (problem: Problem) => ({ records: [], problems: [problem] });
  if (text.trim() === "") {
    return fail({ file, message: "the file is empty", fix: `delete it, or ${fetch}` });
  }
  const syntax = checkJsonSyntax(text);
  if (!syntax.ok) return fail(syntaxProblem(text, file, syntax, fetch));
  const value: unknown = JSON.parse(text);
  const start = positionOf(text, text.length - text.trimStart().length).line;
  if (!Array.isArray(value) || syntax.elements === undefined) {
    return fail({
      file,
      line: start,
      message: `the file holds ${jsonType(value)}, not a list of Daily Papers records`,
      fix: `a JSON digest is the API's list of records for one day; ${fetch}`,
    });
  }
  if (value.length === 0) {
    return fail({
      file,
      line: start,
      message: "the file holds no papers (an empty list)",
      fix: `delete it, or once the day has papers, ${fetch}`,
    });
  }

  const lines = positions(text, syntax.elements);
  const records: Parsed[] = [];
  const problems: Problem[] = [];
  value.forEach((item: unknown, index) => {
    const number = index + 1;
    const line = lines[index]?.line ?? start;
    const result = dailyPapersRecordSchema.safeParse(item);
    if (result.success) {
      records.push({ record: result.data, number, line });
      return;
    }
    for (const issue of result.error.issues) {
      const field = issue.path.join(".");
      problems.push({
        file,
        line,
        message:
          field === ""
            ? `record ${number} ${issue.message}`
            : `record ${number}: ${field} ${issue.message}`,
        fix: `correct or delete record ${number}, or ${fetch}`,
      });
    }
  });
  return { records, problems };
}

/** The upvote count the page sorts by; a record without one counts as 0. */
function upvotes(entry: { record: DailyPapersRecord }): number {
  return entry.record.paper.upvotes ?? 0;
}

/** Parses the text of a JSON digest; `date`, from its file name, makes fixes concrete. */
export function parseJsonDigest(text: string, file: string, date?: IsoDate): ParsedDigest {
  const { records, problems } = readRecords(text, file, fetchAgain(date));
  const warnings: Problem[] = [];
  const seen = new Map<string, number>();
  const kept: (Parsed & { entry: DigestEntry })[] = [];
  for (const parsed of records) {
    const { paper } = parsed.record;
    const title = normalizeWhitespace(paper.title);
    const at = { file, line: parsed.line };
    const first = seen.get(paperKey(title)) ?? seen.get(`id:${paper.id}`);
    if (first !== undefined) {
      warnings.push({
        ...at,
        message: `record ${parsed.number}: ${quote(title)} is listed twice in this file (first as record ${first}); the second listing was skipped`,
        fix: "nothing to do unless they are different papers",
      });
      continue;
    }
    seen.set(paperKey(title), parsed.number);
    seen.set(`id:${paper.id}`, parsed.number);
    const details = paperDetails(paper, (message, fix) =>
      warnings.push({ ...at, message: `record ${parsed.number}: ${message}`, fix }),
    );
    kept.push({
      ...parsed,
      entry: { title, abstract: normalizeWhitespace(paper.summary), line: parsed.line, details },
    });
  }
  // Array.prototype.sort is stable: equal counts keep the API's order.
  const entries = kept.sort((a, b) => upvotes(b) - upvotes(a)).map(({ entry }) => entry);
  return { entries, problems, warnings };
}
