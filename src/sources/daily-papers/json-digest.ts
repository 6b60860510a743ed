/**
 * Parses a JSON digest: the Daily Papers API's records for one day, as `npm run fetch` stores
 * them. Every bad record is a problem naming its number and line; the day's entries come out
 * ordered as the Daily Papers page lists them, most upvoted first.
 */
import { type ParseOptions, printParseErrorCode, visit } from "jsonc-parser";
import type { IsoDate } from "../../content/dates.ts";
import { PaperIndex } from "../../content/papers/paper-identity.ts";
import type { Problem } from "../../content/problem.ts";
import { normalizeWhitespace, quote, splitLines } from "../../content/text.ts";
import type { DigestEntry, ParsedDigest } from "../pasted-page.ts";
import { paperDetails } from "./paper-details.ts";
import { type DailyPapersRecord, dailyPapersRecordSchema, jsonType } from "./record.ts";

/** How to get a good copy of the day again. */
function fetchAgain(date: IsoDate | undefined): string {
  return `fetch the day again: npm run fetch -- --date ${date ?? "YYYY-MM-DD"}`;
}

/** jsonc-parser's name for each kind of syntax error. */
type JsonErrorName = ReturnType<typeof printParseErrorCode>;

/** Exactly what JSON.parse accepts: no comments, no trailing commas, no empty text. */
const STRICT_JSON: ParseOptions = {
  disallowComments: true,
  allowTrailingComma: false,
  allowEmptyContent: false,
};

/** Deeper nesting than any record has: a file nested deeper is not a digest (and would overflow the stack). */
const MAX_DEPTH = 256;
/** Thrown to stop reading at the first error. */
const STOP = Symbol("stop");

/** What a token cut off by the end of the text can be the start of. */
const LITERALS = ["true", "false", "null", "-"];

/** Where the text stops being JSON, and how. */
interface JsonError {
  line: number;
  /** What is wrong there, for someone editing the file. */
  message: string;
  /** The text ended inside a value: it was cut short. */
  truncated: boolean;
  /** Whether the error is inside a record (an element of the top-level array) or after one. */
  inRecord: boolean;
  /** Elements of the top-level array that started before the error. */
  records: number;
}

/** Where the JSON text's parts start, as far as it is JSON. */
interface JsonLayout {
  /** Line where the top-level value starts. */
  line: number;
  /** Lines where the top-level array's elements (the records) start. */
  recordLines: number[];
  error?: JsonError;
}

/** Whether an error at `offset` (`length` characters long) is where the cut-short text ends. */
function cutShort(text: string, name: JsonErrorName, offset: number, length: number): boolean {
  const end = text.trimEnd().length;
  if (offset >= end) return true;
  if (offset + length < end) return false;
  const token = text.slice(offset, end);
  return (
    name === "UnexpectedEndOfString" ||
    name === "UnexpectedEndOfNumber" ||
    (name === "InvalidSymbol" && LITERALS.some((literal) => literal.startsWith(token)))
  );
}

/**
 * Each syntax error in words. `token` is the text the parser stopped at; `closer` ends the
 * innermost open array or object.
 */
function describeJsonError(name: JsonErrorName, token: string, closer = "]"): string {
  const descriptions: Record<JsonErrorName, string> = {
    CommaExpected: `expected ',' or '${closer}'`,
    CloseBracketExpected: "expected ',' or ']'",
    CloseBraceExpected: "expected ',' or '}'",
    ColonExpected: "expected ':' after the property name",
    PropertyNameExpected: "expected a property name in double quotes",
    ValueExpected: "expected a value",
    EndOfFileExpected: "expected nothing after the JSON value",
    InvalidSymbol: `expected JSON, not ${quote(token, 20)} (text goes in double quotes)`,
    InvalidNumberFormat: `${quote(token, 20)} is not a number`,
    UnexpectedEndOfNumber: `${quote(token, 20)} is not a complete number`,
    UnexpectedEndOfString:
      "the string that starts here does not end on its line (write a line break in it as \\n)",
    InvalidCharacter: "the string that starts here holds a control character (write it as \\u00XX)",
    InvalidEscapeCharacter:
      'the string that starts here holds a bad escape (write \\n, \\", \\\\ or \\u00e9 and the like)',
    InvalidUnicode: "the string that starts here holds a \\u escape without four hex digits",
    InvalidCommentToken: "JSON has no comments",
    UnexpectedEndOfComment: "JSON has no comments",
    "<unknown ParseErrorCode>": `unexpected ${quote(token, 20)}`,
  };
  return descriptions[name];
}

/** Reads the text with jsonc-parser: the lines records start on, and the first syntax error. */
function layoutOf(text: string): JsonLayout {
  const closers: ("]" | "}")[] = [];
  const layout: JsonLayout = { line: 1, recordLines: [] };
  const onValue = (line: number) => {
    if (closers.length === 0) layout.line = line + 1;
    else if (closers.length === 1 && closers[0] === "]") layout.recordLines.push(line + 1);
  };
  const stopAt = (line: number, message: string, truncated: boolean): never => {
    layout.error = {
      line: line + 1,
      message,
      truncated,
      inRecord: closers.length > 1,
      records: closers[0] === "]" ? layout.recordLines.length : 0,
    };
    throw STOP;
  };
  const open =
    (closer: "]" | "}") => (_offset: number, _length: number, line: number, column: number) => {
      onValue(line);
      if (closers.length === MAX_DEPTH) {
        const message = `the JSON is nested deeper than ${MAX_DEPTH} levels at column ${column + 1}; no record is`;
        stopAt(line, message, false);
      }
      closers.push(closer);
    };
  const close = () => {
    closers.pop();
  };
  try {
    visit(
      text,
      {
        onArrayBegin: open("]"),
        onObjectBegin: open("}"),
        onArrayEnd: close,
        onObjectEnd: close,
        onLiteralValue: (_value, _offset, _length, line) => onValue(line),
        onError: (code, offset, length, line, column) => {
          const name = printParseErrorCode(code);
          const what = describeJsonError(name, text.slice(offset, offset + length), closers.at(-1));
          stopAt(
            line,
            `not valid JSON at column ${column + 1}: ${what}`,
            cutShort(text, name, offset, length),
          );
        },
      },
      STRICT_JSON,
    );
  } catch (thrown) {
    if (thrown !== STOP) throw thrown;
  }
  return layout;
}

function syntaxProblem(text: string, file: string, error: JsonError, fetch: string): Problem {
  if (error.truncated) {
    const where =
      error.records === 0 ? "" : `, ${error.inRecord ? "inside" : "after"} record ${error.records}`;
    return {
      file,
      line: splitLines(text.trimEnd()).length,
      message: `the JSON ends early${where}: the file looks cut short`,
      fix: fetch,
    };
  }
  return {
    file,
    line: error.line,
    message: error.message,
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
  const layout = layoutOf(text);
  if (layout.error) return fail(syntaxProblem(text, file, layout.error, fetch));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // jsonc-parser found no error, but JSON.parse has the last word on what is JSON.
    return fail({
      file,
      message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      fix: `correct the JSON, or ${fetch}`,
    });
  }
  const start = layout.line;
  if (!Array.isArray(value)) {
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

  const records: Parsed[] = [];
  const problems: Problem[] = [];
  value.forEach((item: unknown, index) => {
    const number = index + 1;
    const line = layout.recordLines[index] ?? start;
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
  // Earlier records by number: one listed again (same id, or same title and abstract) is skipped.
  const seen = new PaperIndex<number>();
  const kept: (Parsed & { entry: DigestEntry })[] = [];
  for (const parsed of records) {
    const { paper } = parsed.record;
    const title = normalizeWhitespace(paper.title);
    const at = { file, line: parsed.line };
    const abstract = normalizeWhitespace(paper.summary);
    const identity = { title, abstract, arxivId: paper.id };
    const first = seen.match(identity).paper;
    if (first !== undefined) {
      warnings.push({
        ...at,
        message: `record ${parsed.number}: ${quote(title)} is listed twice in this file (first as record ${first}); the second listing was skipped`,
        fix: "nothing to do unless they are different papers",
      });
      continue;
    }
    seen.add(parsed.number, identity);
    const details = paperDetails(paper, (message, fix) =>
      warnings.push({ ...at, message: `record ${parsed.number}: ${message}`, fix }),
    );
    kept.push({
      ...parsed,
      entry: { title, abstract, line: parsed.line, details },
    });
  }
  // Array.prototype.sort is stable: equal counts keep the API's order.
  const entries = kept.sort((a, b) => upvotes(b) - upvotes(a)).map(({ entry }) => entry);
  return { entries, problems, warnings };
}
