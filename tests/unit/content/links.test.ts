import { describe, expect, it } from "vitest";
import { extractLinks, trimUrl } from "../../../src/content/links.ts";

describe("links", () => {
  it("drops sentence punctuation after a URL", () => {
    expect(extractLinks("Code: https://github.com/XiaojieGu/UltraEdit.")).toEqual([
      "https://github.com/XiaojieGu/UltraEdit",
    ]);
    expect(extractLinks("See https://a.org/x, https://b.org/y; and https://c.org/z!")).toEqual([
      "https://a.org/x",
      "https://b.org/y",
      "https://c.org/z",
    ]);
  });

  it("keeps a trailing slash and balanced parentheses, drops an unbalanced one", () => {
    expect(extractLinks("(see https://en.wikipedia.org/wiki/Rank_(linear_algebra))")).toEqual([
      "https://en.wikipedia.org/wiki/Rank_(linear_algebra)",
    ]);
    expect(extractLinks("(code at https://github.com/a/b/)")).toEqual(["https://github.com/a/b/"]);
    expect(trimUrl("https://x.org/a).")).toBe("https://x.org/a");
  });

  it("lists each URL once, in order, and ignores non-URLs", () => {
    expect(
      extractLinks("https://b.org and https://a.org then https://b.org. http:// nothing"),
    ).toEqual(["https://b.org", "https://a.org"]);
  });

  it("stops at quotes and angle brackets", () => {
    expect(extractLinks('<a href="https://evil.example">x</a>')).toEqual(["https://evil.example"]);
  });

  it("finds no link inside math, and the text's links around it", () => {
    expect(
      extractLinks(
        "See $\\includegraphics{https://evil.example/x.png}$ and $$\\url{https://b.org}$$ at https://c.org/z.",
      ),
    ).toEqual(["https://c.org/z"]);
  });

  it("finds only URLs the archive can store as links", () => {
    expect(extractLinks("https://[broken and https://a.org/x")).toEqual(["https://a.org/x"]);
  });
});
