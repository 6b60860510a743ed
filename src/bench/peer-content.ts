/**
 * The peer site's content: the benchmark's papers as Hugo content files, one per paper, every
 * text in YAML front matter as a quoted string (the body stays empty, so no text of a digest can
 * reach Markdown or a shortcode), rendered by the peer's templates, which escape it.
 */
import type { IsoDate } from "../content/dates.ts";
import type { TopicMatcher } from "../split/topic-match.ts";

export interface PeerPaper {
  /** The content file's name without `.md`, and the page's URL segment under /papers/. */
  name: string;
  title: string;
  /** The first day a digest listed the paper. */
  date: IsoDate;
  /** Every day a digest listed it: the peer's day taxonomy. */
  days: IsoDate[];
  /** Topic ids, as our split assigns them: the peer's topic taxonomy. */
  topics: string[];
  abstract: string;
}

export interface PeerDigest {
  date: IsoDate;
  entries: readonly { title: string; abstract: string }[];
}

/** One paper per title, in the order digests first list them, with every day that lists it. */
export function peerPapers(digests: readonly PeerDigest[], matchTopics: TopicMatcher): PeerPaper[] {
  const byTitle = new Map<string, PeerPaper>();
  const ordered = [...digests].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const digest of ordered) {
    for (const entry of digest.entries) {
      const known = byTitle.get(entry.title);
      if (known) {
        if (!known.days.includes(digest.date)) known.days.push(digest.date);
        continue;
      }
      byTitle.set(entry.title, {
        name: String(byTitle.size + 1),
        title: entry.title,
        date: digest.date,
        days: [digest.date],
        topics: matchTopics(entry.title, entry.abstract),
        abstract: entry.abstract,
      });
    }
  }
  return [...byTitle.values()];
}

/**
 * A YAML double-quoted scalar holding exactly `text`. JSON's escapes are YAML's; what YAML
 * may not hold raw (DEL, C1 controls, U+FEFF, noncharacters) is escaped too, and lone surrogates,
 * which no YAML or HTML can carry, become U+FFFD.
 */
export function yamlString(text: string): string {
  return JSON.stringify(text.toWellFormed()).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/gu,
    (char) => `\\u${(char.codePointAt(0) as number).toString(16).padStart(4, "0")}`,
  );
}

const yamlList = (items: readonly string[]) => `[${items.map(yamlString).join(", ")}]`;

/** The Hugo content file of one paper: front matter only. */
export function peerPaperFile(paper: PeerPaper): string {
  return [
    "---",
    `title: ${yamlString(paper.title)}`,
    `date: ${yamlString(paper.date)}`,
    `days: ${yamlList(paper.days)}`,
    `topics: ${yamlList(paper.topics)}`,
    `abstract: ${yamlString(paper.abstract)}`,
    "---",
    "",
  ].join("\n");
}
