/**
 * Related papers by TF-IDF similarity of titles and abstracts, computed without comparing all
 * pairs: each paper keeps only its most distinctive terms, each term keeps only its strongest
 * papers, and a paper's candidates are the papers that share one of its terms. Cost is
 * O(N · TERMS_PER_PAPER · PAPERS_PER_TERM) time and O(N · TERMS_PER_PAPER) memory.
 */
import { stemmer } from "stemmer";
import { STOPWORDS } from "./stopwords.ts";

export interface RelatedInput {
  id: string;
  title: string;
  abstract: string;
}

export interface RelatedOptions {
  /** Related papers per paper. */
  count?: number;
  /** Distinctive terms kept per paper. */
  termsPerPaper?: number;
  /** Papers kept per term (those where the term weighs most). */
  papersPerTerm?: number;
}

/** A title word says more about a paper than an abstract word. */
const TITLE_WEIGHT = 3;

/** Content words of a text, with `undefined` where a stopword, number or math breaks a phrase. */
function contentWords(text: string): (string | undefined)[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\$[^$]*\$/gu, " ")
    .split(/[^a-z0-9]+/u)
    .map((word) =>
      word.length < 3 || STOPWORDS.has(word) || /^\d+$/u.test(word) ? undefined : word,
    );
}

/**
 * Stemmed content words (letters and digits, no stopwords, at least 3 characters) and the pairs
 * of adjacent ones: "low-rank adaptation" gives low, rank, adapt, "low rank", "rank adapt".
 */
export function terms(text: string): string[] {
  const result: string[] = [];
  let previous: string | undefined;
  for (const word of contentWords(text)) {
    const stem = word === undefined ? undefined : stemmer(word);
    if (stem !== undefined) {
      result.push(stem);
      if (previous !== undefined) result.push(`${previous} ${stem}`);
    }
    previous = stem;
  }
  return result;
}

/**
 * The same terms as numbers, fast: words are stemmed once each, and a pair of stems is one number.
 * Stem ids stay below 2^22, so a pair id `a * 2^22 + b` is exact in a double.
 */
class TermDictionary {
  private readonly stemIdOfWord = new Map<string, number>();
  private readonly stemIds = new Map<string, number>();
  private readonly pairIds = new Map<number, number>();
  size = 0;

  private stemId(word: string): number {
    let id = this.stemIdOfWord.get(word);
    if (id === undefined) {
      const stem = stemmer(word);
      id = this.stemIds.get(stem);
      if (id === undefined) {
        id = this.size++;
        this.stemIds.set(stem, id);
      }
      this.stemIdOfWord.set(word, id);
    }
    return id;
  }

  private pairId(first: number, second: number): number {
    const key = first * 4_194_304 + second;
    let id = this.pairIds.get(key);
    if (id === undefined) {
      id = this.size++;
      this.pairIds.set(key, id);
    }
    return id;
  }

  /** Calls `add` with the id of every term of the text. */
  each(text: string, add: (term: number) => void): void {
    let previous: number | undefined;
    for (const word of contentWords(text)) {
      const stem = word === undefined ? undefined : this.stemId(word);
      if (stem !== undefined) {
        add(stem);
        if (previous !== undefined) add(this.pairId(previous, stem));
      }
      previous = stem;
    }
  }
}

interface Weighted {
  term: number;
  weight: number;
}

/** The `count` candidates with the highest scores, best first; ties go to the lower index. */
function topByScore(candidates: readonly number[], scores: Float64Array, count: number): number[] {
  const better = (a: number, b: number) =>
    (scores[a] ?? 0) > (scores[b] ?? 0) || ((scores[a] ?? 0) === (scores[b] ?? 0) && a < b);
  const best: number[] = [];
  for (const candidate of candidates) {
    if (best.length === count && !better(candidate, best[count - 1] as number)) continue;
    let position = best.length === count ? count - 1 : best.length;
    while (position > 0 && better(candidate, best[position - 1] as number)) {
      best[position] = best[position - 1] as number;
      position--;
    }
    best[position] = candidate;
  }
  return best;
}

/** Maps each paper id to the ids of its most related papers, best first. Deterministic. */
export function relatedPapers(
  papers: readonly RelatedInput[],
  options: RelatedOptions = {},
): Map<string, string[]> {
  const { count = 5, termsPerPaper = 20, papersPerTerm = 200 } = options;
  const order = papers
    .map((_, index) => index)
    .sort((a, b) => (papers[a]?.id ?? "").localeCompare(papers[b]?.id ?? ""));

  // Term frequencies per paper, with term ids from one shared dictionary.
  const dictionary = new TermDictionary();
  const documentFrequency: number[] = [];
  const frequencies = order.map((index) => {
    const paper = papers[index] as RelatedInput;
    const counts = new Map<number, number>();
    dictionary.each(paper.title, (term) =>
      counts.set(term, (counts.get(term) ?? 0) + TITLE_WEIGHT),
    );
    dictionary.each(paper.abstract, (term) => counts.set(term, (counts.get(term) ?? 0) + 1));
    for (const term of counts.keys()) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
    return counts;
  });

  // Each paper's most distinctive terms, as a unit vector of TF-IDF weights.
  const total = order.length;
  const vectors: Weighted[][] = frequencies.map((counts) => {
    const weighted: Weighted[] = [];
    for (const [term, tf] of counts) {
      const df = documentFrequency[term] ?? 1;
      // A term in one paper relates it to none; a term in every paper tells them apart from none.
      if (df < 2 || df === total) continue;
      weighted.push({ term, weight: (1 + Math.log(tf)) * Math.log(total / df) });
    }
    weighted.sort((a, b) => b.weight - a.weight || a.term - b.term);
    const top = weighted.slice(0, termsPerPaper);
    const norm = Math.hypot(...top.map((entry) => entry.weight)) || 1;
    return top.map((entry) => ({ term: entry.term, weight: entry.weight / norm }));
  });

  // Postings: for each term, the papers where it weighs most.
  const postings = new Map<number, { paper: number; weight: number }[]>();
  vectors.forEach((vector, paper) => {
    for (const { term, weight } of vector) {
      const list = postings.get(term) ?? [];
      list.push({ paper, weight });
      postings.set(term, list);
    }
  });
  for (const list of postings.values()) {
    if (list.length > papersPerTerm) {
      list.sort((a, b) => b.weight - a.weight || a.paper - b.paper);
      list.length = papersPerTerm;
    }
  }

  const scores = new Float64Array(total);
  // seenBy[other] === paper + 1 when `other` is already a candidate of `paper`.
  const seenBy = new Int32Array(total);
  const related = new Map<string, string[]>();
  vectors.forEach((vector, paper) => {
    const touched: number[] = [];
    for (const { term, weight } of vector) {
      for (const posting of postings.get(term) ?? []) {
        if (posting.paper === paper) continue;
        if (seenBy[posting.paper] !== paper + 1) {
          seenBy[posting.paper] = paper + 1;
          touched.push(posting.paper);
        }
        scores[posting.paper] = (scores[posting.paper] ?? 0) + weight * posting.weight;
      }
    }
    const best = topByScore(touched, scores, count).map(
      (other) => papers[order[other] as number]?.id ?? "",
    );
    for (const other of touched) scores[other] = 0;
    related.set(papers[order[paper] as number]?.id ?? "", best);
  });
  return related;
}
