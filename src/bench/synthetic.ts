/**
 * Deterministic synthetic digests for measuring the archive at scale: titles and abstracts of the
 * real digest's shape, a vocabulary that grows with the archive, math, URLs, and a share of papers
 * listed again on a later day.
 */
import { addDays, formatHeaderDate, type IsoDate, parseIsoDate } from "../content/dates.ts";

/** Mulberry32: a small, fast, seedable PRNG, so every run makes the same archive. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON =
  `model models learning training language large neural network networks data method methods
performance tasks task results approach parameters show propose efficient optimization fine-tuning
we our this that with for from which across while however based using novel framework experiments
demonstrate achieves state-of-the-art benchmark benchmarks scaling inference memory compute
gradient loss attention transformer diffusion reinforcement policy reward agents reasoning vision
image video text multimodal retrieval generation evaluation dataset datasets robust robustness
theory bound bounds convergence regret sample complexity adaptation low-rank sparse quantization
pruning merging editing continual federated privacy alignment preference feedback tokens context`
    .split(/\s+/u)
    .filter(Boolean);

const SYLLABLES = "ka lo mi ra te zu ne vo pi sa du re fo gi la mo nu ta be co".split(" ");
const MATH = [
  "$\\ell_1$",
  "$O(n \\log n)$",
  "$μ$P",
  "$\\alpha$",
  "$k$-NN",
  "$\\mathcal{O}(\\sqrt{T})$",
];

const DEFAULT_PAPERS_PER_DAY = 40;

export interface SyntheticOptions {
  papers: number;
  papersPerDay?: number;
  /** Share of listings that repeat a paper from an earlier day. */
  repeatShare?: number;
  start?: IsoDate;
  seed?: number;
}

export interface SyntheticDigest {
  name: string;
  text: string;
  /** Papers the day lists. */
  listings: number;
}

/** The digest header of a day: "Jul 30", as the pasted page says it. */
function monthDay(date: IsoDate): string {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not an ISO date: ${date}`);
  return formatHeaderDate({ month: parts.month, day: parts.day });
}

/** Yields digests day by day until `papers` distinct papers have been listed. */
export function* syntheticDigests(options: SyntheticOptions): Generator<SyntheticDigest> {
  const {
    papers,
    papersPerDay = DEFAULT_PAPERS_PER_DAY,
    repeatShare = 0.05,
    start = "2020-01-01",
    seed = 1,
  } = options;
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  // The vocabulary grows with the archive: rarer invented terms as papers accumulate.
  const coined: string[] = [];
  const coin = () => {
    const word = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(SYLLABLES)).join("");
    coined.push(word);
    return word;
  };
  const word = () => (next() < 0.8 || coined.length === 0 ? pick(COMMON) : pick(coined));
  const sentence = (length: number) => {
    const words = Array.from({ length }, word);
    if (next() < 0.15) words.splice(Math.floor(next() * length), 0, pick(MATH));
    const text = words.join(" ");
    return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
  };

  const titles: { title: string; abstract: string }[] = [];
  let date = start;
  while (titles.length < papers) {
    const listings: { title: string; abstract: string }[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < papersPerDay; i++) {
      if (titles.length > 0 && next() < repeatShare) {
        const repeat = pick(titles);
        if (!seen.has(repeat.title)) listings.push(repeat);
        seen.add(repeat.title);
        continue;
      }
      if (titles.length >= papers) break;
      const name = `${coin()[0]?.toUpperCase()}${coined.at(-1)?.slice(1)}`;
      const title = `${name}: ${Array.from({ length: 5 + Math.floor(next() * 9) }, word).join(" ")} ${titles.length}`;
      const sentences = Array.from({ length: 5 + Math.floor(next() * 6) }, () =>
        sentence(12 + Math.floor(next() * 16)),
      );
      if (next() < 0.3)
        sentences.push(
          `Code is available at https://github.com/${coined.at(-1)}/${name.toLowerCase()}.`,
        );
      const paper = { title, abstract: sentences.join(" ") };
      titles.push(paper);
      seen.add(title);
      listings.push(paper);
    }
    const body = listings.map((paper) => `${paper.title}\n\n${paper.abstract}\n`).join("\n");
    yield {
      name: `${date}.txt`,
      text: `Daily Papers\n\n${monthDay(date)}\n\n${body}`,
      listings: listings.length,
    };
    date = addDays(date, 1);
  }
}

/**
 * An archive of exactly `papers` papers, and the next day's digest, a full day of listings
 * (new papers and a few listed again): what adding one day to the archive adds.
 */
export function syntheticArchive(options: SyntheticOptions): {
  digests: SyntheticDigest[];
  nextDay: SyntheticDigest;
} {
  const digests = [...syntheticDigests(options)];
  // Two days more than the archive: the first days are the same, the day after its last is full.
  const longer = [
    ...syntheticDigests({
      ...options,
      papers: options.papers + 2 * (options.papersPerDay ?? DEFAULT_PAPERS_PER_DAY),
    }),
  ];
  const nextDay = longer[digests.length];
  if (!nextDay) throw new Error("no day after the synthetic archive");
  return { digests, nextDay };
}
