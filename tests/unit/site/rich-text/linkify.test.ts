import { describe, expect, it } from "vitest";
import { linkify } from "../../../../src/site/rich-text/linkify.ts";

describe("linkify", () => {
  it("splits text into text and links, leaving sentence punctuation as text", () => {
    expect(linkify("Code: https://github.com/a/b. Done <b>")).toEqual([
      { text: "Code: " },
      { text: "https://github.com/a/b", href: "https://github.com/a/b" },
      { text: ". Done <b>" },
    ]);
  });
});
