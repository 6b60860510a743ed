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
});
