import { describe, expect, it } from "vitest";
import {
  codePoint,
  firstUnsafeCharacter,
  replaceUnsafeCharacters,
} from "../../../src/content/unsafe-characters.ts";

describe("replaceUnsafeCharacters", () => {
  it("replaces controls, lone surrogates and noncharacters with U+FFFD", () => {
    expect(
      replaceUnsafeCharacters("a\u0000b\u0001c\u007Fd\u0085e\uD800f\uDC00g\uFDD0h\uFFFEi\uFFFFj"),
    ).toBe("a�b�c�d�e�f�g�h�i�j");
    expect(replaceUnsafeCharacters("\u{1FFFF}\u{10FFFE}")).toBe("��");
  });

  it("keeps tab, line breaks, surrogate pairs and every other character", () => {
    const text = "Zoë\t王思远\n😀 \r\uFFFD \u00A0 \u200B x²";
    expect(replaceUnsafeCharacters(text)).toBe(text);
  });
});

describe("firstUnsafeCharacter", () => {
  it("finds the first one and its offset", () => {
    expect(firstUnsafeCharacter("ok \uFFFF then \u0001")).toEqual({ char: "\uFFFF", index: 3 });
    expect(firstUnsafeCharacter("fine")).toBeUndefined();
  });

  it("names a character by its code point", () => {
    expect([codePoint("\u0001"), codePoint("\uFFFF"), codePoint("\u{10FFFF}")]).toEqual([
      "U+0001",
      "U+FFFF",
      "U+10FFFF",
    ]);
  });
});
