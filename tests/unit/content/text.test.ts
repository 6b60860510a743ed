import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBlank, normalizeWhitespace, splitLines } from "../../../src/content/text.ts";

describe("whitespace", () => {
  it("collapses every run of whitespace, NBSP and NEL included, to one space and trims", () => {
    expect(normalizeWhitespace(" a\u00a0\u0085b\t\nc ")).toBe("a b c");
  });

  it("knows a line of only whitespace", () => {
    expect(isBlank(" \t\u00a0\u0085")).toBe(true);
    expect(isBlank(" x ")).toBe(false);
  });

  it("splits lines at LF, CRLF and a lone CR", () => {
    expect(splitLines("a\r\nb\rc\nd")).toEqual(["a", "b", "c", "d"]);
  });
});

describe("normalizeWhitespace, for any text", () => {
  it("gives what collapsing every whitespace run and trimming gives", () => {
    const piece = fc.constantFrom(
      "a",
      "é",
      " ",
      "  ",
      "\t",
      "\n",
      "\r\n",
      "\u00A0",
      "\u0085",
      "\u2028",
      "\uFEFF",
      "\u3000",
      "x y",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(normalizeWhitespace(text)).toBe(text.replace(/[\s\u0085]+/gu, " ").trim());
      }),
      { numRuns: 3000 },
    );
  });
});
