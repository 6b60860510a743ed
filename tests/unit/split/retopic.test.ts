import { describe, expect, it } from "vitest";
import type { StoredPaper } from "../../../src/content/papers/paper-file.ts";
import { mergeTopics, planRetopic } from "../../../src/split/retopic.ts";

describe("mergeTopics", () => {
  it("follows the taxonomy, in its order, where a person did not intervene", () => {
    expect(mergeTopics(["a", "b"], ["a", "b"], ["c", "a"])).toEqual(["c", "a"]);
  });
  it("keeps topics a person added and leaves out those a person removed", () => {
    expect(mergeTopics(["a", "mine"], ["a", "b"], ["b", "a", "c"])).toEqual(["a", "mine", "c"]);
  });
  it("keeps a person's order for the topics that stay, new ones after them", () => {
    expect(mergeTopics(["b", "a"], ["a", "b"], ["a", "b"])).toEqual(["b", "a"]);
    expect(mergeTopics(["c", "b", "a"], ["a", "b", "c"], ["d", "a", "c"])).toEqual(["c", "a", "d"]);
  });
});

function paper(frontmatter: string): StoredPaper {
  const text = `---\ntitle: "T"\ndate: "2025-07-30"\ndates: ["2025-07-30"]\n${frontmatter}links: []\n---\nAbstract.\n`;
  const lists = Object.fromEntries(
    [...frontmatter.matchAll(/^(\w+): (\[.*?\])/gmu)].map((match) => [
      match[1],
      JSON.parse(match[2] ?? "[]"),
    ]),
  );
  return {
    slug: "t",
    file: "content/papers/t.md",
    text,
    data: { title: "T", date: "2025-07-30", dates: ["2025-07-30"], links: [], ...lists },
    body: "Abstract.\n",
  } as StoredPaper;
}

describe("planRetopic", () => {
  it("leaves a paper whose topics do not change as a set alone, however ordered", () => {
    const reordered = paper('topics: ["b", "a"]  # my order\nauto_topics: ["a", "b"]\n');
    const plan = planRetopic([reordered], () => ["a", "b"]);
    expect(plan).toEqual({
      updated: [],
      unchanged: 1,
      papers: [{ slug: "t", topics: ["b", "a"] }],
    });
    // The taxonomy ranks them the other way now: still the same topics, still nothing to write.
    expect(planRetopic([reordered], () => ["b", "a"]).updated).toEqual([]);
  });
  it("rewrites only the key whose topics change, keeping the other line and each comment", () => {
    const edited = paper('topics: ["b", "a", "mine"]  # my order\nauto_topics: ["a", "b"]\n');
    const plan = planRetopic([edited], () => ["a", "b", "c"]);
    expect(plan.updated).toEqual([
      {
        slug: "t",
        content: edited.text
          .replace(
            'topics: ["b", "a", "mine"]  # my order',
            'topics: ["b", "a", "mine", "c"] # my order',
          )
          .replace('auto_topics: ["a", "b"]', 'auto_topics: ["a", "b", "c"]'),
        replaces: edited.text,
      },
    ]);
    // A topic a person added that the taxonomy now assigns too: only auto_topics changes.
    const adopted = planRetopic([edited], () => ["a", "b", "mine"]);
    expect(adopted.updated[0]?.content).toBe(
      edited.text.replace('auto_topics: ["a", "b"]', 'auto_topics: ["a", "b", "mine"]'),
    );
  });
});
