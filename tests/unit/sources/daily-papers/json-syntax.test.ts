/** The JSON syntax check: agrees with JSON.parse, gives exact offsets, tells a cut-short file apart. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkJsonSyntax } from "../../../../src/sources/daily-papers/json-syntax.ts";

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

describe("checkJsonSyntax", () => {
  it("finds where each element of a top-level array starts", () => {
    const text = '[\n  {"a": [1, 2]},\n  "x\\"]",\n  null\n]';
    const result = checkJsonSyntax(text);
    expect(result.ok && result.elements?.map((offset) => text.slice(offset, offset + 4))).toEqual([
      '{"a"',
      '"x\\"',
      "null",
    ]);
    expect(checkJsonSyntax(" [ ] ")).toEqual({ ok: true, elements: [] });
    expect(checkJsonSyntax('{"a": 1}')).toEqual({ ok: true });
  });

  it("points at the first character that is not JSON, and says what was expected", () => {
    expect(checkJsonSyntax('[{"a": 1}\n {"b": 2}]')).toEqual({
      ok: false,
      offset: 11,
      truncated: false,
      expected: "',' or ']'",
      elements: 1,
    });
    expect(checkJsonSyntax("[1, 2,]")).toMatchObject({ offset: 6, expected: "a value" });
    expect(checkJsonSyntax("{a: 1}")).toMatchObject({
      offset: 1,
      expected: "a property name in double quotes",
    });
    expect(checkJsonSyntax('["tab\there"]')).toMatchObject({ offset: 5, truncated: false });
    expect(checkJsonSyntax('["\\x"]')).toMatchObject({ offset: 2, truncated: false });
    expect(checkJsonSyntax("[01]")).toMatchObject({ offset: 2, expected: "',' or ']'" });
    expect(checkJsonSyntax("[1] [2]")).toMatchObject({
      offset: 4,
      expected: "nothing after the JSON value",
    });
  });

  it("calls an error at the very end a truncation, wherever the text was cut", () => {
    for (const cut of [
      "[",
      '[{"a"',
      '[{"a": "b',
      '[{"a": tr',
      "[1.",
      "[-",
      "[2e+",
      '["\\u00',
      "[1,",
    ]) {
      expect(checkJsonSyntax(cut)).toMatchObject({ ok: false, truncated: true });
    }
    expect(checkJsonSyntax('[{"a": 1}, {"b"')).toMatchObject({ elements: 2, truncated: true });
  });

  it("refuses nesting deeper than any record, instead of overflowing the stack", () => {
    const deep = "[".repeat(100_000);
    expect(checkJsonSyntax(deep)).toMatchObject({ ok: false, offset: 256, truncated: false });
  });

  it("accepts exactly what JSON.parse accepts, and counts the top-level elements", () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const result = checkJsonSyntax(text);
        expect(result.ok).toBe(true);
        const value: unknown = JSON.parse(text);
        if (result.ok)
          expect(result.elements?.length).toBe(Array.isArray(value) ? value.length : undefined);
      }),
    );
    fc.assert(
      fc.property(jsonText, fc.nat(), fc.string({ maxLength: 2 }), (text, at, inserted) => {
        const position = at % (text.length + 1);
        const changed = text.slice(0, position) + inserted + text.slice(position + 1);
        expect(checkJsonSyntax(changed).ok).toBe(parses(changed));
      }),
      { numRuns: 2000 },
    );
  });

  it("finds every prefix of a JSON text complete or cut short, never broken", () => {
    fc.assert(
      fc.property(jsonText, fc.nat(), (text, at) => {
        const prefix = text.slice(0, at % (text.length + 1));
        const result = checkJsonSyntax(prefix);
        if (prefix.trim() !== "") expect(result.ok || result.truncated).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
