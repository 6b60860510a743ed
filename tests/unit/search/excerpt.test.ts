import { describe, expect, it } from "vitest";
import { abstractExcerpt, type ExcerptPiece } from "../../../src/search/excerpt.ts";

/** Content as the index returns it: title ¶ abstract ¶ authors. */
const content = (title: string, abstract: string, authors: string) =>
  `${title} ¶ ${abstract} ¶ ${authors}`;
const at = (...locations: number[]) =>
  locations.map((location) => ({ location, balanced_score: 1 }));
const show = (pieces: ExcerptPiece[]) =>
  pieces.map((piece) => (piece.marked ? `[${piece.text}]` : piece.text)).join("");

const words = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, index) => `w${from + index}`).join(" ");

describe("abstractExcerpt", () => {
  it("shows the abstract's words only, never the title or the authors", () => {
    const text = content(
      "Low-Rank Adapters Revisited",
      "Adapters are cheap to train.",
      "Ada Lovelace",
    );
    // "Adapters" in the title (1) and in the abstract (4); "Ada" in the authors (11).
    expect(show(abstractExcerpt(text, at(1, 4, 11)))).toBe("[Adapters] are cheap to train.");
    // A match in the title only: the abstract's beginning, nothing marked.
    expect(show(abstractExcerpt(text, at(0)))).toBe("Adapters are cheap to train.");
  });

  it("centres on the densest matches in a long abstract, with an ellipsis where it is cut", () => {
    // Title "T" (0), separator (1), abstract w2..w101 (2–101), separator (102), author (103).
    const text = content("T", words(2, 102), "A");
    expect(show(abstractExcerpt(text, at(60, 62), 5))).toBe("… w59 [w60] w61 [w62] w63 …");
    expect(show(abstractExcerpt(text, [], 3))).toBe("w2 w3 w4 …");
    expect(show(abstractExcerpt(text, at(101), 3))).toBe("… w99 w100 [w101]");
  });

  it("puts no space between Chinese or Japanese characters, and none inside a mark", () => {
    const text = content("基 于 扩 散", "我 们 提 出 扩 散 模 型 (diffusion model) 。", "王 思 远");
    // 扩 and 散 of the abstract are words 9 and 10.
    expect(show(abstractExcerpt(text, at(9, 10)))).toBe("我们提出[扩散]模型(diffusion model)。");
    expect(abstractExcerpt(text, at(9, 10))).toContainEqual({ text: "扩散", marked: true });
  });

  it("takes content without separators as all abstract", () => {
    expect(show(abstractExcerpt("just some words", at(1)))).toBe("just [some] words");
  });
});
