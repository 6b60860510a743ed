import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { peerPaperFile, peerPapers, yamlString } from "../../../src/bench/peer-content.ts";
import { topicMatcher } from "../../../src/split/topic-match.ts";

const HOSTILE_TITLE = "</h1><script>alert(1)</script> {{ .Site }} {{< figure >}}";
const HOSTILE_ABSTRACT =
  'Quotes " and \\ backslashes, a colon: here, # not a comment, ---\nnew line, {{% shortcode %}} and <b>bold</b>.';

/** The front matter and the body of a content file, as Hugo splits them. */
function contentFile(text: string): { frontMatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text);
  if (!match) throw new Error(`not a content file with front matter:\n${text}`);
  return { frontMatter: parse(match[1] as string), body: match[2] as string };
}

describe("peerPaperFile", () => {
  it("holds a hostile title and abstract exactly, as quoted YAML strings, with an empty body", () => {
    const text = peerPaperFile({
      name: "1",
      title: HOSTILE_TITLE,
      date: "2025-07-30",
      days: ["2025-07-30", "2025-08-01"],
      topics: ["model-merging"],
      abstract: HOSTILE_ABSTRACT,
    });
    expect(contentFile(text)).toEqual({
      frontMatter: {
        title: HOSTILE_TITLE,
        date: "2025-07-30",
        days: ["2025-07-30", "2025-08-01"],
        topics: ["model-merging"],
        abstract: HOSTILE_ABSTRACT,
      },
      // Nothing for Markdown or Hugo's shortcodes to read.
      body: "",
    });
    expect(text).toContain(`title: "</h1><script>alert(1)</script> {{ .Site }} {{< figure >}}"\n`);
  });
});

describe("yamlString", () => {
  it.each([
    ["control characters", "a\u0000b\u0007c\u001bd"],
    ["DEL and C1 controls", "a\u007fb\u0085c\u009fd"],
    ["line and paragraph separators", "a\u2028b\u2029c"],
    ["a byte order mark and noncharacters", "\ufeffa\ufffeb\uffff"],
    ["quotes, backslashes and YAML's own signs", `"'\\ : # - [ ] { } & * ! | > % @ \``],
  ])("reads back exactly with %s", (_, text) => {
    expect(parse(`value: ${yamlString(text)}`)).toEqual({ value: text });
  });

  it("escapes what YAML may not hold raw", () => {
    expect(yamlString("a\u007fb\u0085\ufeff")).toBe('"a\\u007fb\\u0085\\ufeff"');
  });

  it("turns a lone surrogate, which no page can carry, into U+FFFD", () => {
    expect(parse(`value: ${yamlString("a\ud800b")}`)).toEqual({ value: "a\ufffdb" });
  });
});

describe("peerPapers", () => {
  const matchTopics = topicMatcher([{ id: "model-merging", phrases: ["model merging"] }]);

  it("makes one paper per title, dated its first listing, with every day that lists it", () => {
    const papers = peerPapers(
      [
        {
          date: "2025-07-31",
          entries: [
            { title: "B: model merging", abstract: "Adapters." },
            { title: "A", abstract: "Sparse attention." },
          ],
        },
        {
          date: "2025-07-30",
          entries: [{ title: "A", abstract: "Sparse attention." }],
        },
      ],
      matchTopics,
    );
    expect(papers).toEqual([
      {
        name: "1",
        title: "A",
        date: "2025-07-30",
        days: ["2025-07-30", "2025-07-31"],
        topics: [],
        abstract: "Sparse attention.",
      },
      {
        name: "2",
        title: "B: model merging",
        date: "2025-07-31",
        days: ["2025-07-31"],
        topics: ["model-merging"],
        abstract: "Adapters.",
      },
    ]);
  });
});
