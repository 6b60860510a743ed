/** Topic files: frontmatter read and checked as paper files are, problems with their line. */
import { describe, expect, it } from "vitest";
import { parseTopicFile } from "../../../../src/content/topics/taxonomy.ts";

const FILE = "content/topics/lora.md";
const FIX_SCHEMA =
  "a topic file has `name:` (text) and `phrases:` (a list of words or phrases) in its frontmatter, and its description as the body";

describe("parseTopicFile", () => {
  it("reads the name, the phrases and the body as the description", () => {
    const text = "---\nname: LoRA\nphrases: [low-rank, ' adapter ']\n---\n\nLow-rank adapters.\n";
    expect(parseTopicFile(text, "lora", FILE)).toEqual({
      ok: true,
      topic: {
        id: "lora",
        name: "LoRA",
        description: "Low-rank adapters.",
        phrases: ["low-rank", "adapter"],
      },
    });
  });

  it("reports broken YAML with the parser's reason", () => {
    const text = "---\nname: LoRA\nphrases: [low-rank\n---\nLow-rank adapters.\n";
    const result = parseTopicFile(text, "lora", FILE);
    expect(!result.ok && result.problem).toMatchObject({
      file: FILE,
      line: 3,
      message:
        "the frontmatter is not valid YAML: the list opened with [ on this line is not closed",
      fix: "fix the YAML syntax; a topic file needs `name:` and a `phrases:` list",
    });
  });

  it("reports a value the schema refuses with its key and the key's line", () => {
    const text = "---\nname: LoRA\nphrases: []\n---\nLow-rank adapters.\n";
    expect(parseTopicFile(text, "lora", FILE)).toEqual({
      ok: false,
      problem: {
        file: FILE,
        line: 3,
        message: "phrases: Too small: expected array to have >=1 items",
        fix: FIX_SCHEMA,
      },
    });
  });

  it("reports a key a topic file cannot have, without a line", () => {
    const text = "---\nname: LoRA\nphrases: [adapter]\ncolour: red\n---\n";
    expect(parseTopicFile(text, "lora", FILE)).toEqual({
      ok: false,
      problem: { file: FILE, message: 'frontmatter: Unrecognized key: "colour"', fix: FIX_SCHEMA },
    });
  });
});
