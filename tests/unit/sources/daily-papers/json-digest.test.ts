/** A JSON digest that is not JSON: one problem, at the line where it breaks or ends. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Problem } from "../../../../src/content/problem.ts";
import { parseJsonDigest } from "../../../../src/sources/daily-papers/json-digest.ts";

const FILE = "content/digests/2025-08-02.json";
const FETCH = "fetch the day again: npm run fetch -- --date 2025-08-02";

function problemsOf(text: string): Problem[] {
  return parseJsonDigest(text, FILE, "2025-08-02").problems;
}

/** Asserts that the text has this one problem, in FILE. */
function expectOnlyProblem(text: string, problem: Omit<Problem, "file">) {
  expect(problemsOf(text)).toEqual([{ file: FILE, ...problem }]);
}

/** The one problem of a text that stops being JSON, as [line, message]. */
function syntaxProblem(text: string): [number | undefined, string] {
  const [problem, ...rest] = problemsOf(text);
  expect(rest).toEqual([]);
  return [problem?.line, problem?.message ?? "no problem"];
}

const SYNTAX_MESSAGE = /^(?:not valid JSON at column \d+: |the JSON ends early)/u;

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const jsonText = fc
  .tuple(fc.jsonValue(), fc.constantFrom(undefined, 0, 2, "\t"))
  .map(([value, indent]) => JSON.stringify(value, null, indent));

describe("a cut-short JSON digest", () => {
  it("is named at the line where the text ends, with the record it ends in or after", () => {
    expectOnlyProblem('[\n  {"paper": {}},\n  {"paper": {"title"\n\n', {
      line: 3,
      message: "the JSON ends early, inside record 2: the file looks cut short",
      fix: FETCH,
    });
    expect(syntaxProblem('[\n  {"paper": {}},\n  ')).toEqual([
      2,
      "the JSON ends early, after record 1: the file looks cut short",
    ]);
    expect(syntaxProblem("[\n")).toEqual([1, "the JSON ends early: the file looks cut short"]);
    expect(syntaxProblem('{"papers": [')).toEqual([
      1,
      "the JSON ends early: the file looks cut short",
    ]);
  });

  it("is told apart from broken JSON wherever the text was cut, even inside a word or number", () => {
    for (const cut of ["t", "fals", "nu", "-", "1.", "2e+", '"\\u00', '"\\', '"Ti', "[", "{"]) {
      expect(syntaxProblem(`[{"a": ${cut}`)).toEqual([
        1,
        "the JSON ends early, inside record 1: the file looks cut short",
      ]);
    }
  });

  it("finds every prefix of a JSON text complete or cut short, never broken", () => {
    fc.assert(
      fc.property(jsonText, fc.nat(), (text, at) => {
        const prefix = text.slice(0, at % (text.length + 1));
        fc.pre(prefix.trim() !== "" && !parses(prefix));
        const [problem, ...rest] = problemsOf(prefix);
        expect(rest).toEqual([]);
        expect(problem?.message).toMatch(/^the JSON ends early\b.*: the file looks cut short$/u);
        expect(problem?.line).toBe(prefix.trimEnd().split("\n").length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a JSON digest that is not valid JSON", () => {
  it("says where and what, with a fix", () => {
    expectOnlyProblem('[\n  {"paper": {}},\n]\n', {
      line: 3,
      message: "not valid JSON at column 1: expected a value",
      fix: `correct the JSON on that line, or ${FETCH}`,
    });
  });

  it.each([
    ['[{"a": 1} {"b": 2}]', "not valid JSON at column 11: expected ',' or ']'"],
    ['[{"a": 1 "b": 2}]', "not valid JSON at column 10: expected ',' or '}'"],
    ['[{"a" 1}]', "not valid JSON at column 7: expected ':' after the property name"],
    ['[{"a": 1,}]', "not valid JSON at column 10: expected a property name in double quotes"],
    ["[{a: 1}]", 'not valid JSON at column 3: expected JSON, not "a" (text goes in double quotes)'],
    [
      "[{'a': 1}]",
      `not valid JSON at column 3: expected JSON, not "'a'" (text goes in double quotes)`,
    ],
    [
      '[{"a": True}]',
      'not valid JSON at column 8: expected JSON, not "True" (text goes in double quotes)',
    ],
    ['[{"a": 01}]', "not valid JSON at column 9: expected ',' or '}'"],
    ['[{"a": 1.e3}]', 'not valid JSON at column 8: "1." is not a complete number'],
    [
      '[{"a": "tab\there"}]',
      "not valid JSON at column 8: the string that starts here holds a control character (write it as \\u00XX)",
    ],
    [
      '[{"a": "\\x"}]',
      'not valid JSON at column 8: the string that starts here holds a bad escape (write \\n, \\", \\\\ or \\u00e9 and the like)',
    ],
    [
      '[{"a": "\\u12"}]',
      "not valid JSON at column 8: the string that starts here holds a \\u escape without four hex digits",
    ],
    [
      '[{"a": "two\nlines"}]',
      "not valid JSON at column 8: the string that starts here does not end on its line (write a line break in it as \\n)",
    ],
    ["[1] [2]", "not valid JSON at column 5: expected nothing after the JSON value"],
    ["[1 // a comment\n]", "not valid JSON at column 4: JSON has no comments"],
    [
      "\ufeff[1]",
      'not valid JSON at column 1: expected JSON, not "\ufeff" (text goes in double quotes)',
    ],
  ])("%j", (text, message) => {
    expect(syntaxProblem(text)).toEqual([1, message]);
  });

  it("refuses nesting deeper than any record, instead of overflowing the stack", () => {
    expect(syntaxProblem(`[\n${"[".repeat(100_000)}`)).toEqual([
      2,
      "the JSON is nested deeper than 256 levels at column 256; no record is",
    ]);
  });

  it("is reported exactly when JSON.parse refuses the text", () => {
    fc.assert(
      fc.property(jsonText, fc.nat(), fc.string({ maxLength: 2 }), (text, at, inserted) => {
        const position = at % (text.length + 1);
        const changed = text.slice(0, position) + inserted + text.slice(position + 1);
        fc.pre(changed.trim() !== "");
        const messages = problemsOf(changed).map((problem) => problem.message);
        expect(messages.some((message) => SYNTAX_MESSAGE.test(message))).toBe(!parses(changed));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("records' lines", () => {
  it("count LF, CRLF and lone CR as line ends", () => {
    const text = '[\r\n  "a",\r  "b",\n  "c"\r\n]';
    expect(problemsOf(text).map((problem) => [problem.line, problem.message])).toEqual([
      [2, "record 1 must be an object, not a string"],
      [3, "record 2 must be an object, not a string"],
      [4, "record 3 must be an object, not a string"],
    ]);
  });
});
