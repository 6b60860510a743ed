/** YAML mistakes in a file people edit are reported at the line where the mistake is. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseFrontmatter } from "../../../src/content/frontmatter.ts";

function problemOf(lines: string[], eol = "\n") {
  const result = parseFrontmatter(lines.join(eol), "f.md", z.any(), { syntax: "s", schema: "t" });
  if (result.ok) throw new Error("expected a problem");
  return { line: result.problem.line, message: result.problem.message };
}

const INVALID = "the frontmatter is not valid YAML: ";

describe("parseFrontmatter: the line of a YAML mistake", () => {
  it("names the line the parser stopped on, counted from the file's first line", () => {
    expect(problemOf(["---", "title: x", "dates:", "  - a", " - b", "---", ""])).toEqual({
      line: 5,
      message: `${INVALID}bad indentation of a mapping entry`,
    });
    expect(problemOf(["---", "title: x", "title: y", "---", ""])).toEqual({
      line: 3,
      message: `${INVALID}duplicated mapping key`,
    });
  });

  it("names the line of a list left open, not the line where the parser gave up", () => {
    const lines = ["---", "title: x", "dates: [2025-07-30", "topics: []", "links: []", "---", ""];
    expect(problemOf(lines)).toEqual({
      line: 3,
      message: `${INVALID}the list opened with [ on this line is not closed`,
    });
    expect(problemOf(lines, "\r\n").line).toBe(3);
    expect(problemOf([`\ufeff${lines[0]}`, ...lines.slice(1)]).line).toBe(3);
  });

  it("names the line of a quote left open", () => {
    expect(
      problemOf(["---", "title: x", 'note: "unclosed', "dates: []", "links: []", "---", ""]),
    ).toEqual({ line: 3, message: `${INVALID}the " quote on this line is not closed` });
  });

  it("names the line of a quote closed too soon", () => {
    expect(problemOf(["---", "title: x", "note: 'it's'", "dates: []", "---", ""]).line).toBe(3);
  });
});

describe("parseFrontmatter: the line of a value the schema refuses", () => {
  it("finds the key however it is written", () => {
    const schema = z.object({ dates: z.array(z.string()) });
    for (const [line, expected] of [
      ['"dates": 5', 3],
      ["'dates' : 5", 3],
      ["&a dates: 5", 3],
    ] as const) {
      const result = parseFrontmatter(
        ["---", "# note", line, "---", ""].join("\n"),
        "f.md",
        schema,
        {
          syntax: "s",
          schema: "t",
        },
      );
      expect(!result.ok && result.problem.line).toBe(expected);
    }
  });
});
