import { describe, expect, it } from "vitest";
import {
  parsePaperFile,
  renderPaperFile,
  updatePaperFile,
} from "../../../src/content/paper-file.ts";

const paper = {
  title: 'Scaling "Diffusion" Transformers via $μ$P \\ <b>',
  dates: ["2025-07-30"],
  topics: ["diffusion-models"],
  links: ["https://github.com/a/b"],
  abstract: "An abstract.",
};

describe("paper files", () => {
  it("writes the documented frontmatter and reads it back", () => {
    const text = renderPaperFile(paper);
    expect(text).toBe(
      [
        "---",
        'title: "Scaling \\"Diffusion\\" Transformers via $μ$P \\\\ <b>"',
        'date: "2025-07-30"',
        'dates: ["2025-07-30"]',
        'topics: ["diffusion-models"]',
        'links: ["https://github.com/a/b"]',
        'auto_topics: ["diffusion-models"]',
        "---",
        "An abstract.",
        "",
      ].join("\n"),
    );
    const parsed = parsePaperFile(text, "p.md");
    expect(parsed.ok && parsed.data).toMatchObject({ title: paper.title, dates: paper.dates });
    expect(parsed.ok && parsed.body).toBe("An abstract.\n");
  });

  it("updates only the keys it is given, in whatever style they were written", () => {
    const edited = [
      "---",
      "# my note about this paper",
      'title: "T"',
      "date: 2025-07-30",
      "dates:",
      "  - 2025-07-30",
      "topics: [diffusion-models, my-topic]",
      "links: []",
      "reviewed: true",
      "---",
      "An abstract.",
      "",
      "My notes.",
      "",
    ].join("\n");
    const updated = updatePaperFile(edited, { dates: ["2025-07-30", "2025-08-01"] });
    expect(updated).toBe(
      edited.replace("dates:\n  - 2025-07-30", 'dates: ["2025-07-30", "2025-08-01"]'),
    );
    const parsed = parsePaperFile(updated, "p.md");
    expect(parsed.ok && parsed.data.dates).toEqual(["2025-07-30", "2025-08-01"]);
    expect(parsed.ok && parsed.data["reviewed"]).toBe(true);
  });

  it("keeps a blank line a person left between keys", () => {
    const text = renderPaperFile(paper).replace(
      'dates: ["2025-07-30"]\n',
      'dates: ["2025-07-30"]\n\n',
    );
    const updated = updatePaperFile(text, { dates: ["2025-07-30", "2025-08-01"] });
    expect(updated).toBe(
      text.replace('dates: ["2025-07-30"]', 'dates: ["2025-07-30", "2025-08-01"]'),
    );
  });

  it("keeps CRLF line endings of a file edited on Windows", () => {
    const text = renderPaperFile(paper).replaceAll("\n", "\r\n");
    const updated = updatePaperFile(text, { dates: ["2025-07-30", "2025-07-31"] });
    expect(updated).toContain('dates: ["2025-07-30", "2025-07-31"]\r\n');
    expect(updated.replaceAll("\r\n", "")).not.toContain("\n");
  });

  it("reports a broken hand edit with its file and line", () => {
    const broken = renderPaperFile(paper).replace('dates: ["2025-07-30"]', "dates: [2025-07-30");
    const result = parsePaperFile(broken, "content/papers/x.md");
    expect(result.ok).toBe(false);
    // The YAML parser notices the unclosed list on the line after it.
    expect(!result.ok && result.problem).toMatchObject({ file: "content/papers/x.md", line: 6 });
    expect(!result.ok && result.problem.message).toMatch(/^the frontmatter is not valid YAML/u);
  });

  it("reports an invalid value with the key's line", () => {
    const wrong = renderPaperFile(paper).replace('date: "2025-07-30"', 'date: "2025-02-30"');
    const result = parsePaperFile(wrong, "content/papers/x.md");
    expect(!result.ok && result.problem.line).toBe(3);
    expect(!result.ok && result.problem.message).toMatch(/^date: must be a real date/u);
  });
});
