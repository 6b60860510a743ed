import { describe, expect, it } from "vitest";
import type { StoredPaper } from "../../../../src/content/papers/paper-file.ts";
import { checkPaperFiles } from "../../../../src/content/papers/paper-file-checks.ts";

function stored(slug: string, text = '---\ntitle: "A"\n---\nAbstract.\n'): StoredPaper {
  return {
    slug,
    file: `content/papers/${slug}.md`,
    text,
    data: { title: "A", date: "2025-01-01", dates: ["2025-01-01"], topics: [], links: [] },
    body: "Abstract.",
  };
}

describe("checkPaperFiles", () => {
  it("accepts file names that are slugs", () => {
    expect(checkPaperFiles([stored("yes"), stored("paper-2"), stored("a-b-c")])).toEqual({
      problems: [],
      warnings: [],
    });
  });

  it("refuses any other name, suggesting a slug no other file has", () => {
    const { problems } = checkPaperFiles([
      stored("my-paper-1"),
      stored("My Paper #1?"),
      stored("my--paper--1"),
      stored("Yes"),
    ]);
    expect(problems.map((problem) => [problem.file, problem.fix])).toEqual([
      ["content/papers/My Paper #1?.md", "rename it to my-paper-1-2.md"],
      ["content/papers/my--paper--1.md", "rename it to my-paper-1-3.md"],
      ["content/papers/Yes.md", "rename it to yes.md"],
    ]);
    expect(problems[0]?.message).toBe(
      `the file name "My Paper #1?" is not a slug: a paper's file name is its page's permanent address, in lowercase letters, digits and single hyphens`,
    );
  });

  it("warns, with the line, about the first character no page or feed can carry", () => {
    const text = '---\ntitle: "A"\ndates: []\n---\nAn \uFFFF abstract with \u0001.\n';
    expect(checkPaperFiles([stored("a", text)]).warnings).toEqual([
      {
        file: "content/papers/a.md",
        line: 5,
        message:
          "holds U+FFFF, a character web pages and feeds cannot carry: the site shows \uFFFD in its place",
        fix: "delete the character if it came in by mistake; the file keeps it otherwise",
      },
    ]);
    expect(checkPaperFiles([stored("a", '---\r\ntitle: "\\x01"\r\n')]).warnings).toEqual([]);
  });
});
