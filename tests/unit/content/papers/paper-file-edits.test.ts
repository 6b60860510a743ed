/**
 * Updating paper files that people wrote in valid YAML of their own style, and the read-back
 * check that refuses any update that would not read as intended.
 */
import { describe, expect, it } from "vitest";
import {
  newPaperFile,
  type PaperUpdate,
  paperFileUpdate,
  parsePaperFile,
  type StoredPaper,
} from "../../../../src/content/papers/paper-file.ts";

const FILE = "content/papers/x.md";

function stored(text: string): StoredPaper {
  const parsed = parsePaperFile(text, FILE);
  if (!parsed.ok) throw new Error(`test file does not parse: ${parsed.problem.message}`);
  return { slug: "x", file: FILE, text, data: parsed.data, body: parsed.body };
}

const NEW_DATES: PaperUpdate = { date: "2025-07-29", dates: ["2025-07-29", "2025-07-30"] };

/** A file whose frontmatter is the given lines, and its update with NEW_DATES. */
function updated(lines: string[], body = "An abstract.\n", update = NEW_DATES) {
  const text = ["---", 'title: "T"', ...lines, "---", body].join("\n");
  const write = paperFileUpdate(stored(text), update);
  expect(write.problem).toBeUndefined();
  const reread = parsePaperFile(write.content, FILE);
  expect(reread.ok && reread.data).toMatchObject(update);
  expect(reread.ok && reread.body).toBe(body);
  return write.content.split("\n").slice(1, -2 - body.split("\n").length + 1);
}

describe("paperFileUpdate on hand-written YAML", () => {
  it("finds a quoted key instead of appending a second one", () => {
    expect(
      updated(['"date": "2025-07-30"', "'dates': [\"2025-07-30\"]", '"topics": []', "links: []"]),
    ).toEqual([
      'title: "T"',
      '"date": "2025-07-29"',
      '\'dates\': ["2025-07-29", "2025-07-30"]',
      '"topics": []',
      "links: []",
    ]);
  });

  it("replaces a whole block list with a comment inside it, and keeps the comment", () => {
    expect(
      updated([
        'date: "2025-07-30"',
        "dates:",
        '  - "2025-07-30"',
        "  # listed again later",
        "topics: []",
        "links: []",
      ]),
    ).toEqual([
      'title: "T"',
      'date: "2025-07-29"',
      'dates: ["2025-07-29", "2025-07-30"]',
      "  # listed again later",
      "topics: []",
      "links: []",
    ]);
  });

  it("replaces a flow list over several lines, keeping its comments", () => {
    expect(
      updated([
        'date: "2025-07-30"',
        "dates: [ # oldest first",
        '  "2025-07-30",',
        "]",
        "topics: []",
        "links: []",
      ]),
    ).toEqual([
      'title: "T"',
      'date: "2025-07-29"',
      'dates: ["2025-07-29", "2025-07-30"] # oldest first',
      "topics: []",
      "links: []",
    ]);
  });

  it("finds keys written with a space before the colon, an anchor or after a blank line", () => {
    expect(
      updated([
        'date : "2025-07-30"',
        "",
        '&seen dates:   ["2025-07-30"]   # from the digests',
        "    # an indented comment",
        "topics: []",
        "links: []",
      ]),
    ).toEqual([
      'title: "T"',
      'date : "2025-07-29"',
      "",
      '&seen dates: ["2025-07-29", "2025-07-30"] # from the digests',
      "    # an indented comment",
      "topics: []",
      "links: []",
    ]);
  });

  it("leaves values holding # and --- alone, and notes that look like keys", () => {
    expect(
      updated(
        [
          'date: "2025-07-30"',
          'note: "#1 --- read"',
          "dates: [2025-07-30]",
          "topics: []",
          "links: []",
        ],
        "An abstract.\n---\ndates: not a key\n",
      ),
    ).toEqual([
      'title: "T"',
      'date: "2025-07-29"',
      'note: "#1 --- read"',
      'dates: ["2025-07-29", "2025-07-30"]',
      "topics: []",
      "links: []",
    ]);
  });

  it("keeps CRLF line ends, and appends missing keys with them", () => {
    const text = [
      "---",
      'title: "T"',
      'date: "2025-07-30"',
      "dates:",
      "- 2025-07-30",
      "topics: []",
      "links: []",
      "---",
      "An abstract.",
      "",
    ].join("\r\n");
    const write = paperFileUpdate(stored(text), { ...NEW_DATES, arxiv_id: "2508.01234" });
    expect(write.content).toBe(
      [
        "---",
        'title: "T"',
        'date: "2025-07-29"',
        'dates: ["2025-07-29", "2025-07-30"]',
        "topics: []",
        "links: []",
        'arxiv_id: "2508.01234"',
        "---",
        "An abstract.",
        "",
      ].join("\r\n"),
    );
  });

  it("leaves a key that already holds its value as the person wrote it", () => {
    const text = [
      "---",
      'title: "T"',
      "date:   2025-07-29 # first day",
      "dates: [2025-07-30]",
      "topics: []",
      "links: []",
      "---",
      "",
    ].join("\n");
    const write = paperFileUpdate(stored(text), NEW_DATES);
    expect(write.content).toBe(
      text.replace("dates: [2025-07-30]", 'dates: ["2025-07-29", "2025-07-30"]'),
    );
  });

  it("changes nothing when every key already holds its value", () => {
    const text =
      "---\ntitle: T\ndate: 2025-07-29\ndates:\n - 2025-07-29\n - 2025-07-30\ntopics: []\nlinks: []\n---\n";
    const write = paperFileUpdate(stored(text), NEW_DATES);
    expect(write).toEqual({ slug: "x", content: text, replaces: text });
  });
});

describe("paperFileUpdate refuses what would not read back", () => {
  it("refuses when another key is an alias of the value it rewrites", () => {
    const text = [
      "---",
      'title: "T"',
      'date: "2025-07-30"',
      'dates: &d ["2025-07-30"]',
      "seen: *d",
      "topics: []",
      "links: []",
      "---",
      "",
    ].join("\n");
    const write = paperFileUpdate(stored(text), { dates: ["2025-07-30", "2025-07-31"] });
    expect(write.content).toBe(text);
    expect(write.problem).toEqual({
      file: FILE,
      line: 4,
      message:
        'cannot record the new dates without changing what the file says: it would no longer read: the frontmatter is not valid YAML: unidentified alias "d"',
      fix: 'write dates plainly, one line each as the split writes them (like dates: ["2025-07-30", "2025-07-31"]) and without anchors or aliases, then run the command again',
    });
  });

  it("refuses a frontmatter without a closing --- line, with what to do", () => {
    const text =
      '---\ntitle: "T"\ndate: "2025-07-30"\ndates: ["2025-07-30"]\ntopics: []\nlinks: []\n';
    const write = paperFileUpdate(stored(text), { dates: ["2025-07-30", "2025-07-31"] });
    expect(write.problem).toEqual({
      file: FILE,
      line: 1,
      message:
        "cannot record the new dates without changing what the file says: its frontmatter has no closing --- line",
      fix: "end the frontmatter with a line that holds only ---, then run the command again",
    });
  });

  it("refuses a frontmatter written as one {…} mapping", () => {
    const text =
      '---\n{title: "T", date: "2025-07-30", dates: ["2025-07-30"], topics: [], links: []}\n---\n';
    const write = paperFileUpdate(stored(text), { dates: ["2025-07-30", "2025-07-31"] });
    expect(write.problem?.message).toBe(
      "cannot record the new dates without changing what the file says: the frontmatter is not written as one `key: value` per line",
    );
  });
});

describe("newPaperFile", () => {
  it("gives the rendered file, checked, with nothing to replace", () => {
    const write = newPaperFile("t", {
      title: "T",
      dates: ["2025-07-30"],
      topics: [],
      links: [],
      abstract: "An abstract.",
      details: { arxiv_id: "2508.01234", authors: ["A. Person"] },
    });
    expect(write.problem).toBeUndefined();
    expect(write.replaces).toBeNull();
    expect(write.content).toContain('arxiv_id: "2508.01234"\nauthors: ["A. Person"]\n---\n');
  });

  it("reports a paper whose file would not read back instead of writing it", () => {
    const write = newPaperFile("t", {
      title: "   ",
      dates: ["2025-07-30"],
      topics: [],
      links: [],
      abstract: "An abstract.",
    });
    expect(write.problem).toMatchObject({
      file: "content/papers/t.md",
      message:
        "the new file would not read back as the digest lists the paper (frontmatter differs): this is a bug in the archive tool",
    });
  });
});
