/**
 * A small site archive built in memory: four papers over three days (one listed twice) and three
 * topics (one empty).
 */
import type { Digest } from "../../src/content/digest-file.ts";
import type { StoredPaper } from "../../src/content/papers/paper-file.ts";
import { buildArchive } from "../../src/site/archive.ts";

export function stored(
  slug: string,
  title: string,
  dates: string[],
  topics: string[] = [],
): StoredPaper {
  return {
    slug,
    file: `content/papers/${slug}.md`,
    text: "",
    data: { title, date: dates[0] ?? "", dates, topics, links: [] },
    body: `Abstract of ${title}.\n\nA note.\n`,
  };
}

function digest(date: string, titles: string[]): Digest {
  return {
    file: `content/digests/${date}.txt`,
    date,
    entries: titles.map((title, i) => ({ title, abstract: "x", line: i * 4 + 1 })),
  };
}

const papers = [
  stored("b", "Paper B", ["2025-01-01"], ["t1"]),
  stored("a", "Paper A", ["2025-01-01", "2025-02-03"], ["t1", "t2"]),
  stored("c", "Paper C", ["2025-02-03"], ["t2"]),
  stored("d", "Paper D", ["2024-12-31"]),
];
const digests = [
  digest("2025-02-03", ["Paper C", "paper a"]),
  digest("2025-01-01", ["Paper A", "Paper B"]),
  digest("2024-12-31", ["Paper D"]),
];
export const taxonomy = [
  { id: "t1", name: "Topic one", description: "", phrases: ["one"] },
  { id: "t2", name: "Topic two", description: "", phrases: ["two"] },
  { id: "t3", name: "Empty topic", description: "", phrases: ["three"] },
];

export const sampleArchive = buildArchive(papers, digests, taxonomy);
