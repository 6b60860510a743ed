/**
 * Assigns topics to a paper by the phrases each topic lists, found as whole words in its title
 * and abstract. Case and plural endings are ignored on both sides.
 */

export interface TopicRule {
  /** Topic id: the file name under content/topics/ and the URL segment. */
  id: string;
  /** Phrases whose presence marks a paper as on this topic. */
  phrases: readonly string[];
}

/** A title mention outweighs incidental mentions in an abstract. */
const TITLE_WEIGHT = 3;
const ABSTRACT_WEIGHT = 1;
/** A title mention, or two mentions in the abstract. */
const MIN_SCORE = 2;
export const MAX_TOPICS_PER_PAPER = 5;

/** Lowercase words with a plural "s" or "es" ending dropped, so "models" matches "model". */
export function matchTokens(text: string): string[] {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return (words ?? []).map(stem);
}

function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Each phrase under its first word, so a text is scanned once whatever the taxonomy's size. */
type PhraseIndex = Map<string, { rule: number; tokens: string[] }[]>;

function addMentions(
  index: PhraseIndex,
  tokens: readonly string[],
  weight: number,
  scores: number[],
) {
  tokens.forEach((token, start) => {
    for (const phrase of index.get(token) ?? []) {
      if (phrase.tokens.every((word, offset) => tokens[start + offset] === word)) {
        scores[phrase.rule] = (scores[phrase.rule] ?? 0) + weight;
      }
    }
  });
}

/** Assigns topic ids to a paper, best match first. */
export type TopicMatcher = (title: string, abstract: string) => string[];

export function topicMatcher(rules: readonly TopicRule[]): TopicMatcher {
  const index: PhraseIndex = new Map();
  rules.forEach((rule, ruleIndex) => {
    for (const phrase of rule.phrases) {
      const tokens = matchTokens(phrase);
      const first = tokens[0];
      if (first === undefined) continue;
      const entries = index.get(first) ?? [];
      entries.push({ rule: ruleIndex, tokens });
      index.set(first, entries);
    }
  });
  return (title, abstract) => {
    const scores: number[] = [];
    addMentions(index, matchTokens(title), TITLE_WEIGHT, scores);
    addMentions(index, matchTokens(abstract), ABSTRACT_WEIGHT, scores);
    return rules
      .map((rule, order) => ({ id: rule.id, score: scores[order] ?? 0, order }))
      .filter((topic) => topic.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, MAX_TOPICS_PER_PAPER)
      .map((topic) => topic.id);
  };
}
