import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cutText } from "../../../src/site/cut-text.ts";

describe("cutText", () => {
  it("keeps a text that fits, and cuts a longer one to max - 3 code units with an ellipsis", () => {
    expect(cutText("a".repeat(10), 10)).toBe("a".repeat(10));
    expect(cutText("a".repeat(11), 10)).toBe("aaaaaaa…");
  });

  it.each([
    ["an emoji of two code units", `${"a".repeat(6)}😀 tail`, "aaaaaa…"],
    ["a family emoji sequence", `${"a".repeat(2)}👨‍👩‍👧 tail`, "aa…"],
    ["a letter with a combining accent", `${"a".repeat(6)}e\u0301 tail`, "aaaaaa…"],
  ])("never cuts inside %s", (_, text, cut) => {
    expect(cutText(text, 10)).toBe(cut);
    expect(cutText(text, 10)).not.toContain("\uFFFD");
    expect(cutText(text, 10).isWellFormed()).toBe(true);
  });

  it("cuts where segmenting the whole text would, for any text", () => {
    const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
    const wholeTextCut = (text: string, max: number) => {
      if (text.length <= max) return text;
      let end = 0;
      for (const { index, segment } of graphemes.segment(text)) {
        if (index + segment.length > max - 3) break;
        end = index + segment.length;
      }
      return `${text.slice(0, end)}…`;
    };
    // Letters, marks, CR LF, emoji with ZWJ and skin tones, flags, Hangul jamo, lone surrogates.
    const piece = fc.constantFrom(
      "a",
      " ",
      "e\u0301",
      "\r\n",
      "\r",
      "\n",
      "😀",
      "👨‍👩‍👧",
      "👍🏽",
      "🇫🇷",
      "\u1100\u1161",
      "\u0915\u094D\u0937",
      "\uD83D",
      "\u200D",
      "x",
      "é",
      "\u00AD",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.integer({ min: 4, max: 30 }),
        (parts, max) => {
          const text = parts.join("");
          expect(cutText(text, max)).toBe(wholeTextCut(text, max));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
