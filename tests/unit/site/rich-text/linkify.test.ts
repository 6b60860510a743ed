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

  it("leaves a URL inside math as text, with its position right after the formula", () => {
    expect(linkify("$\\url{https://a.org}$ then https://b.org")).toEqual([
      { text: "$\\url{https://a.org}$ then " },
      { text: "https://b.org", href: "https://b.org" },
    ]);
  });
});
