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
 */
class TermDictionary {
  private readonly stemIdOfWord = new Map<string, number>();
  private readonly stemIds = new Map<string, number>();
  /** Pair ids by the first stem's id, then the second's (small integers hash quickly in a Map). */
  private readonly pairIds: Map<number, number>[] = [];
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
    let following = this.pairIds[first];
    if (following === undefined) {
      following = new Map();
      this.pairIds[first] = following;
    }
    let id = following.get(second);
    if (id === undefined) {
      id = this.size++;
      following.set(second, id);
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

/**
 * The `count` items with the highest score, best first; ties go to the lower item. A single
 * pass with a small sorted buffer: linear in the number of items.
 */
function top(items: ArrayLike<number>, score: (item: number) => number, count: number): number[] {
  const best: number[] = [];
  const bestScores: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as number;
    const value = score(item);
    const beats = (position: number) =>
      value > (bestScores[position] as number) ||
      (value === bestScores[position] && item < (best[position] as number));
    if (best.length === count && !beats(count - 1)) continue;
    let position = best.length === count ? count - 1 : best.length;
    while (position > 0 && beats(position - 1)) {
      best[position] = best[position - 1] as number;
      bestScores[position] = bestScores[position - 1] as number;
      position--;
    }
    best[position] = item;
    bestScores[position] = value;
  }
  return best;
}

/** Maps each paper id to the ids of its most related papers, best first. Deterministic. */
export function relatedPapers(
  papers: readonly RelatedInput[],
  options: RelatedOptions = {},
): Map<string, string[]> {
  const { count = 5, termsPerPaper = 20, papersPerTerm = 200 } = options;
  const ids = papers.map((paper) => paper.id).sort();
  const byId = new Map(papers.map((paper) => [paper.id, paper]));
  const total = ids.length;

  // Pass 1: each paper's terms and their frequencies, in flat arrays sliced by paper (a Map and
  // two typed arrays per paper took half the time of the whole), and document frequencies.
  const dictionary = new TermDictionary();
  const documentFrequency: number[] = [];
  const termsStart = new Int32Array(total + 1);
  const paperTerms: number[] = [];
  const termFrequencies: number[] = [];
  // Where each term was last put in paperTerms: the current paper has it when that is past its start.
  const lastPosition: number[] = [];
  for (let paper = 0; paper < total; paper++) {
    const { title, abstract } = byId.get(ids[paper] as string) as RelatedInput;
    const start = paperTerms.length;
    const add = (term: number, weight: number) => {
      const at = lastPosition[term] ?? -1;
      if (at >= start) {
        termFrequencies[at] = (termFrequencies[at] as number) + weight;
        return;
      }
      lastPosition[term] = paperTerms.length;
      paperTerms.push(term);
      termFrequencies.push(weight);
      documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
    };
    dictionary.each(title, (term) => add(term, TITLE_WEIGHT));
    dictionary.each(abstract, (term) => add(term, 1));
    termsStart[paper + 1] = paperTerms.length;
  }
  lastPosition.length = 0;

  // Pass 2: each paper's most distinctive terms, as a unit vector of TF-IDF weights.
  // A term in one paper relates it to none; a term in every paper tells no two apart.
  const vectorTerms = new Int32Array(total * termsPerPaper).fill(-1);
  const vectorWeights = new Float32Array(total * termsPerPaper);
  const postingCounts = new Int32Array(dictionary.size);
  // The weight of each term of the paper at hand.
  const weightOf = new Float64Array(dictionary.size);
  for (let paper = 0; paper < total; paper++) {
    const candidates: number[] = [];
    for (let i = termsStart[paper] as number; i < (termsStart[paper + 1] as number); i++) {
      const term = paperTerms[i] as number;
      const df = documentFrequency[term] ?? 1;
      if (df < 2 || df === total) continue;
      weightOf[term] = (1 + Math.log(termFrequencies[i] as number)) * Math.log(total / df);
      candidates.push(term);
    }
    const chosen = top(candidates, (term) => weightOf[term] as number, termsPerPaper);
    const norm = Math.hypot(...chosen.map((term) => weightOf[term] as number)) || 1;
    chosen.forEach((term, slot) => {
      vectorTerms[paper * termsPerPaper + slot] = term;
      vectorWeights[paper * termsPerPaper + slot] = (weightOf[term] as number) / norm;
      postingCounts[term] = (postingCounts[term] ?? 0) + 1;
    });
  }
  paperTerms.length = 0;
  termFrequencies.length = 0;

  // Postings, one flat array sliced by term: for each term, the papers where it weighs most.
  const offsets = new Int32Array(dictionary.size + 1);
  for (let term = 0; term < dictionary.size; term++) {
    offsets[term + 1] =
      (offsets[term] as number) + Math.min(postingCounts[term] ?? 0, papersPerTerm);
  }
  const postingPapers = new Int32Array(offsets[dictionary.size] as number);
  const postingWeights = new Float32Array(postingPapers.length);
  const byTerm = new Map<number, number[]>();
  for (let slot = 0; slot < vectorTerms.length; slot++) {
    const term = vectorTerms[slot] as number;
    if (term < 0) continue;
    const paper = Math.floor(slot / termsPerPaper);
    if ((postingCounts[term] ?? 0) > papersPerTerm) {
      const list = byTerm.get(term) ?? [];
      list.push(slot);
      byTerm.set(term, list);
      continue;
    }
    const at = (offsets[term] as number) + --(postingCounts[term] as number);
    postingPapers[at] = paper;
    postingWeights[at] = vectorWeights[slot] as number;
  }
  for (const [term, slots] of byTerm) {
    const kept = top(Int32Array.from(slots), (slot) => vectorWeights[slot] ?? 0, papersPerTerm);
    kept.forEach((slot, index) => {
      const at = (offsets[term] as number) + index;
      postingPapers[at] = Math.floor(slot / termsPerPaper);
      postingWeights[at] = vectorWeights[slot] as number;
    });
  }

  // Scores: each paper against the papers that share one of its terms.
  const scores = new Float64Array(total);
  // seenBy[other] === paper + 1 when `other` is already a candidate of `paper`.
  const seenBy = new Int32Array(total);
  const related = new Map<string, string[]>();
  for (let paper = 0; paper < total; paper++) {
    const touched: number[] = [];
    for (let slot = paper * termsPerPaper; slot < (paper + 1) * termsPerPaper; slot++) {
      const term = vectorTerms[slot] as number;
      if (term < 0) break;
      const weight = vectorWeights[slot] as number;
      for (let at = offsets[term] as number; at < (offsets[term + 1] as number); at++) {
        const other = postingPapers[at] as number;
        if (other === paper) continue;
        if (seenBy[other] !== paper + 1) {
          seenBy[other] = paper + 1;
          scores[other] = 0;
          touched.push(other);
        }
        scores[other] = (scores[other] as number) + weight * (postingWeights[at] as number);
      }
    }
    const best = top(touched, (other) => scores[other] as number, count);
    related.set(
      ids[paper] as string,
      best.map((other) => ids[other] as string),
    );
  }
  return related;
}
