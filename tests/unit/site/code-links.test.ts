import { describe, expect, it } from "vitest";
import { isCodeLink, linkGroups } from "../../../src/site/code-links.ts";

describe("code links", () => {
  it("knows repositories from other pages", () => {
    expect(isCodeLink("https://github.com/XiaojieGu/UltraEdit")).toBe(true);
    expect(isCodeLink("https://gitlab.com/a/b")).toBe(true);
    expect(isCodeLink("https://github.com/")).toBe(false);
    expect(isCodeLink("https://step-law.github.io/")).toBe(false);
    expect(isCodeLink("not a url")).toBe(false);
    expect(linkGroups({ links: ["https://github.com/a/b", "https://ibm.biz/x"] })).toEqual({
      code: ["https://github.com/a/b"],
      other: ["https://ibm.biz/x"],
    });
  });

  it("puts the paper's repository and project page first, each link once", () => {
    expect(
      linkGroups({
        code: "https://github.com/a/main",
        projectPage: "https://a.github.io/project/",
        links: [
          "https://a.github.io/project/",
          "https://github.com/a/other",
          "https://github.com/a/main",
          "https://example.org/data",
        ],
      }),
    ).toEqual({
      code: ["https://github.com/a/main", "https://github.com/a/other"],
      other: ["https://a.github.io/project/", "https://example.org/data"],
    });
    // A project page that is the repository is listed once, as code.
    expect(
      linkGroups({
        code: "https://github.com/a/b",
        projectPage: "https://github.com/a/b",
        links: [],
      }),
    ).toEqual({ code: ["https://github.com/a/b"], other: [] });
  });

  it("links nothing but http(s) URLs, whatever a hand-edited file holds", () => {
    expect(
      linkGroups({
        code: "javascript:alert(1)",
        projectPage: "data:text/html,<script>alert(1)</script>",
        links: ["javascript:alert(2)", "/relative/path", "https://github.com/a/b", "http://x.org/"],
      }),
    ).toEqual({ code: ["https://github.com/a/b"], other: ["http://x.org/"] });
  });
});
