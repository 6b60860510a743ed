import { describe, expect, it } from "vitest";
import {
  parsePaperFile,
  renderPaperFile,
  updatePaperFile,
} from "../../../../src/content/papers/paper-file.ts";

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
    // The parser stops on the line after the unclosed list; the problem names the list's line.
    expect(!result.ok && result.problem).toMatchObject({
      file: "content/papers/x.md",
      line: 4,
      message:
        "the frontmatter is not valid YAML: the list opened with [ on this line is not closed",
    });
  });

  it("reports an invalid value with the key's line", () => {
    const wrong = renderPaperFile(paper).replace('date: "2025-07-30"', 'date: "2025-02-30"');
    const result = parsePaperFile(wrong, "content/papers/x.md");
    expect(!result.ok && result.problem.line).toBe(3);
    expect(!result.ok && result.problem.message).toMatch(/^date: must be a real date/u);
  });
});

describe("paper files: keys from JSON digests", () => {
  const details = {
    arxiv_id: "2507.22118",
    authors: ["王思远", "Айгерим Садыкова", 'Mateo "Teo" García-López', "A\u2028B\\C"],
    arxiv_date: "2025-07-29",
    code: "https://github.com/example-lab/dit-mup",
    project_page: "https://example-lab.github.io/dit-mup/?q=a&b=c",
    ai_summary: "μP carries over: <b>learning rates</b> transfer.",
  };

  it("writes them after the other keys, in a fixed order, and reads them back exactly", () => {
    const text = renderPaperFile({ ...paper, details });
    expect(text.split("\n").slice(7, 13)).toEqual([
      'arxiv_id: "2507.22118"',
      'authors: ["王思远", "Айгерим Садыкова", "Mateo \\"Teo\\" García-López", "A\\u2028B\\\\C"]',
      'arxiv_date: "2025-07-29"',
      'code: "https://github.com/example-lab/dit-mup"',
      'project_page: "https://example-lab.github.io/dit-mup/?q=a&b=c"',
      'ai_summary: "μP carries over: <b>learning rates</b> transfer."',
    ]);
    expect(text.split("\n")[13]).toBe("---");
    const parsed = parsePaperFile(text, "p.md");
    expect(parsed.ok && parsed.data).toMatchObject(details);
  });

  it("writes only the keys a record gave", () => {
    const text = renderPaperFile({ ...paper, details: { arxiv_id: "hep-th/9901001" } });
    expect(text).toBe(
      renderPaperFile(paper).replace("\n---\nAn", '\narxiv_id: "hep-th/9901001"\n---\nAn'),
    );
  });

  it("appends keys a file lacks after its last key, and rewrites a changed one in place", () => {
    const edited = `${renderPaperFile(paper).replace("---\nAn abstract.", "reviewed: true\n---\nAn abstract.")}\nMy note.\n`;
    const enriched = updatePaperFile(edited, {
      dates: ["2025-07-30", "2025-07-31"],
      arxiv_id: "2507.22118",
      code: "https://github.com/a/b",
    });
    expect(enriched).toBe(
      edited
        .replace('dates: ["2025-07-30"]', 'dates: ["2025-07-30", "2025-07-31"]')
        .replace(
          "reviewed: true\n",
          'reviewed: true\narxiv_id: "2507.22118"\ncode: "https://github.com/a/b"\n',
        ),
    );
    const refreshed = updatePaperFile(enriched, { code: "https://gitlab.com/a/b" });
    expect(refreshed).toBe(
      enriched.replace('code: "https://github.com/a/b"', 'code: "https://gitlab.com/a/b"'),
    );
  });

  it("refuses a hand edit that would make them unsafe or unreadable, at the key's line", () => {
    const base = renderPaperFile({ ...paper, details });
    const cases: [string, string, string][] = [
      [
        'code: "https://github.com/example-lab/dit-mup"',
        'code: "javascript:alert(1)"',
        "code: must be an http:// or https:// URL",
      ],
      [
        'arxiv_id: "2507.22118"',
        "arxiv_id: 2507.22118",
        'arxiv_id: must be text in quotes, like "2508.01234"',
      ],
      [
        'arxiv_id: "2507.22118"',
        'arxiv_id: "22118"',
        "arxiv_id: must be an arXiv id, like 2508.01234 or hep-th/9901001",
      ],
      [
        'arxiv_date: "2025-07-29"',
        'arxiv_date: "2025-02-30"',
        "arxiv_date: must be a real date written YYYY-MM-DD",
      ],
    ];
    for (const [from, to, message] of cases) {
      const result = parsePaperFile(base.replace(from, to), "content/papers/x.md");
      expect(!result.ok && result.problem).toMatchObject({
        line: base.split("\n").indexOf(from) + 1,
        message,
      });
    }
  });
});
