/**
 * Property tests for the hand-written YAML scalars: whatever the string, gray-matter must read
 * back exactly that string, and the YAML must stay on one line.
 */
import fc from "fast-check";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { yamlString, yamlStringList } from "../../../src/content/yaml.ts";

/** Characters that YAML, JSON or editors treat specially. */
const TRICKY = fc.constantFrom(
  "\u2028",
  "\u2029",
  "\u0085",
  "\ufeff",
  "\u00a0",
  '"',
  "'",
  "\\",
  "\\u0041",
  "\\n",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "\u0000",
  "\u0007",
  "\u001b",
  "\u007f",
  "\u0080",
  "\u009f",
  "\ufffe",
  "\uffff",
  "\ud800",
  "\udfff",
  "\ud83d\ude80",
  "#",
  ": ",
  "- ",
  "---",
  "...",
  "{",
  "}",
  "[",
  "]",
  ",",
  "&a",
  "*a",
  "!!str",
  "|",
  ">",
  "%",
  "@",
  "`",
  "?",
  " ",
  "null",
  "true",
  "2025-07-30",
  "0x1F",
  "~",
);

/** Any string: full Unicode code points, ASCII, and the tricky characters above mixed in. */
const anyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "binary-ascii", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: fc.oneof(TRICKY, fc.string({ unit: "binary", maxLength: 3 })), maxLength: 12 }),
);

/** The value of `key` as gray-matter reads it from a frontmatter block. */
function readBack(yamlValue: string): unknown {
  const file = matter(`---\nkey: ${yamlValue}\nother: 1\n---\nbody\n`, {});
  const { key, other } = file.data;
  expect(other).toBe(1);
  expect(file.content).toBe("body\n");
  return key;
}

/** Every character YAML 1.1/1.2 or an editor may read as a line break. */
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/u;

describe("yamlString", () => {
  it("reads back exactly through gray-matter, for any string", () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const yaml = yamlString(value);
        expect(yaml).not.toMatch(LINE_BREAK);
        expect(readBack(yaml)).toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  it("reads back characters YAML calls non-printable (DEL, U+FFFE, U+FFFF)", () => {
    // Kept as separate examples so a failure names the character.
    for (const value of ["\u007f", "\ufffe", "\uffff", "title \u007f end"]) {
      expect(() => readBack(yamlString(value)), JSON.stringify(value)).not.toThrow();
      expect(readBack(yamlString(value))).toBe(value);
    }
  });

  it("is deterministic and double-quoted", () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const yaml = yamlString(value);
        expect(yamlString(value)).toBe(yaml);
        expect(yaml.startsWith('"') && yaml.endsWith('"')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("yamlStringList", () => {
  it("reads back exactly through gray-matter, for any list of strings", () => {
    fc.assert(
      fc.property(fc.array(anyString, { maxLength: 6 }), (values) => {
        const yaml = yamlStringList(values);
        expect(yaml).not.toMatch(LINE_BREAK);
        expect(readBack(yaml)).toEqual(values);
      }),
      { numRuns: 400 },
    );
  });
});
