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
