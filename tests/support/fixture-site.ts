/**
 * The fixture archive's two built sites (tests/support/global-setup.ts) and what they must hold: every
 * paper's exact text, each digest's order, newest first. Shared by the site's integration tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { HTMLElement } from "node-html-parser";
import { expect, inject } from "vitest";
import type { SiteBuild } from "./build-site.ts";
import {
  fileForPath,
  MATH,
  mathShape,
  type Page,
  parseXml,
  readPages,
  shownText,
  textOf,
  xmlProblem,
} from "./site-files.ts";

export const sites = inject("sites");

/** Both builds, with the absolute URL prefix each must use (hard-coded: the contract). */
export const BUILDS = [
  { name: "root", build: sites.root, base: "/", prefix: "https://example.org/" },
  {
    name: "project",
    build: sites.project,
    base: "/my-archive/",
    prefix: "https://example.org/my-archive/",
  },
] as const;

/** Typeset math in a title or abstract: each formula's MathML text, and the whole read as text. */
export interface ExpectedMath {
  /** Each formula's text content, in order, without spaces and invisible operators. */
  formulas: readonly string[];
  /** The text with its math read as text, for `<title>`, meta tags, feeds and search. */
  plain: string;
}

export interface ExpectedPaper {
  title: string;
  abstract: string;
  titleMath?: ExpectedMath;
  abstractMath?: ExpectedMath;
}

/** Every paper of the fixture archive: exact title and abstract, as the digests give them. */
export const PAPERS: Record<string, ExpectedPaper> = {
  "a-very-long-title-about-scaling-laws-for-parameter-efficient-fine-tuning-of": {
    title:
      "A Very Long Title About Scaling Laws for Parameter-Efficient Fine-Tuning of Large Language Models Across Many Languages, Modalities, Tasks, Domains and Hardware Budgets, With a Comprehensive Empirical Study of Low-Rank Adaptation",
    abstract: "We study low-rank adaptation at scale for large language models.",
  },
  "alert-pwned-attention-is-not-all-you-need": {
    title: '<script>alert("pwned")</script> Attention Is Not All You Need',
    abstract:
      'We show that <b>bold</b> claims & <i>italic</i> hedges need evidence; see <a href="https://evil.example">this</a>. Diffusion models help.',
  },
  "model-merging-by-weight-averaging": {
    title: "Model Merging by Weight Averaging",
    // "$5" is a price, not math: it stays text everywhere.
    abstract:
      "We merge fine-tuned models by averaging their weights; model merging beats ensembling at the same cost. A price of $5 per GPU hour is not math.",
  },
  "mos-mixture-of-shards-for-low-rank-adaptation": {
    title: "MoS: Mixture of Shards for Low-Rank Adaptation",
    abstract:
      "Sharing parameters across LoRA modules (https://example.org/mos) reduces memory; see also (https://en.wikipedia.org/wiki/Low-rank_approximation_(matrix)).",
  },
  "mos-mixture-of-shards-for-low-rank-adaptation-2": {
    title: "MoS: Mixture-of-Shards for Low-Rank Adaptation",
    abstract:
      "A different paper whose title slugifies like the one above, about low-rank adaptation.",
  },
  "paper-9203496cf8": {
    title: "基于扩散模型的图像生成",
    abstract: "我们提出一种新的扩散模型 (diffusion model) 方法用于图像生成。",
  },
  "rannie-ostanovki-v-obuchenii-nejronnyh-setej": {
    title: "Ранние остановки в обучении нейронных сетей",
    abstract:
      "Мы изучаем раннюю остановку при обучении больших языковых моделей (large language models).",
  },
  "reinforcement-learning-from-human-feedback-revisited": {
    title: "Reinforcement Learning from Human Feedback, Revisited",
    abstract: "We revisit RLHF for large language models. Policies improve with reward models.",
  },
  "sparse-ell-1-recovery-at-o-n-log-n-cost": {
    title: "Sparse $\\ell_1$ Recovery at $O(n \\log n)$ Cost",
    abstract:
      "We recover sparse signals with $\\ell_1$ minimisation in $O(n \\log n)$ time. Code: https://github.com/example/l1-recovery.",
    titleMath: {
      formulas: ["ℓ1", "O(nlogn)"],
      plain: "Sparse ℓ₁ Recovery at O(n log n) Cost",
    },
    abstractMath: {
      formulas: ["ℓ1", "O(nlogn)"],
      plain:
        "We recover sparse signals with ℓ₁ minimisation in O(n log n) time. Code: https://github.com/example/l1-recovery.",
    },
  },
  yes: { title: "Yes", abstract: "No." },
  // From the JSON digest 2025-01-04.json, its line breaks read as spaces.
  "routing-a-mixture-of-experts-at-trillion-token-scale": {
    title: "Routing a Mixture of Experts at Trillion-Token Scale",
    abstract:
      "We route tokens among 256 experts and train on two trillion tokens. Balanced routing keeps every expert busy without an auxiliary loss.",
  },
  "multilingual-speech-recognition-for-low-resource-languages": {
    title: "Multilingual Speech Recognition for Low-Resource Languages",
    abstract:
      "We train one speech recognizer on 40 languages with fewer than ten hours of transcribed audio each. Shared phoneme units cut the word error rate by a third against per-language baselines.",
  },
  "alert-title-captions-that-break-viewers": {
    title:
      '<script>alert("title")</script> Captions That <img src=x onerror=alert(1)> Break Viewers',
    abstract:
      'Image captions can carry <script>alert("abstract")</script> and <img src=x onerror="alert(2)"> into web pages. Escaping at render time stops every payload we tried.',
  },
  "holographic-entanglement-bounds-in-toy-universes": {
    title: "Holographic Entanglement Bounds in Toy Universes",
    abstract:
      "We compute entanglement entropy bounds for holographic toy universes and compare them with a lattice estimate.",
  },
};

/** Every fixture paper's slug. */
export const SLUGS = Object.keys(PAPERS);

// Papers the pasted digests list.
export const SPARSE = "sparse-ell-1-recovery-at-o-n-log-n-cost";
export const ALERT = "alert-pwned-attention-is-not-all-you-need";
export const LONG = "a-very-long-title-about-scaling-laws-for-parameter-efficient-fine-tuning-of";
export const RUSSIAN = "rannie-ostanovki-v-obuchenii-nejronnyh-setej";
export const CHINESE = "paper-9203496cf8";
export const MOS = "mos-mixture-of-shards-for-low-rank-adaptation";
export const MOS2 = "mos-mixture-of-shards-for-low-rank-adaptation-2";
export const RLHF = "reinforcement-learning-from-human-feedback-revisited";
export const MERGING = "model-merging-by-weight-averaging";

/** What the JSON digest gives a paper besides its text, exactly as its page must show it. */
export interface ApiPaper {
  arxivId: string;
  /** arXiv's day, from the record's publishedAt. */
  arxivDate: string;
  authors: readonly string[];
  code?: string;
  projectPage?: string;
  aiSummary?: string;
  /** The key of its BibTeX entry. */
  citationKey: string;
}

// Papers only the JSON digest lists.
export const ROUTING = "routing-a-mixture-of-experts-at-trillion-token-scale";
export const MULTILINGUAL = "multilingual-speech-recognition-for-low-resource-languages";
export const CAPTIONS = "alert-title-captions-that-break-viewers";
export const HOLOGRAPHIC = "holographic-entanglement-bounds-in-toy-universes";

/**
 * The papers the JSON digest 2025-01-04.json lists: four new ones and RLHF, first pasted on
 * 2025-01-02, which it enriches. The captions paper's githubRepo and projectPage are
 * `javascript:` URLs, which the split does not store.
 */
export const API_PAPERS: Record<string, ApiPaper> = {
  [ROUTING]: {
    arxivId: "2501.02345",
    arxivDate: "2025-01-03",
    authors: [
      "Ananya Krishnan",
      "Lucas Martin",
      "Sofia Rossi",
      "Kenji Watanabe",
      "Fatima Zahra El Amrani",
      "Oliver Schmidt",
      "Chloé Dubois",
      "Mehmet Yılmaz",
      "Hannah Müller",
      "Diego Fernández",
      "Nguyễn Thị Lan",
      "Olusegun Adeyemi",
      "Søren Lindqvist",
      "Routing and Evaluation Team",
    ],
    projectPage: "https://example.org/routing/",
    aiSummary: "Balanced routing trains 256 experts without an auxiliary loss.",
    citationKey: "krishnan2025routing",
  },
  [MULTILINGUAL]: {
    arxivId: "2501.01234",
    arxivDate: "2025-01-02",
    authors: ["Zoë Lefèvre", "王思远", "Айгерим Садыкова", "Mateo García-López"],
    code: "https://github.com/example-speech/polyglot-asr",
    projectPage: "https://example.org/polyglot-asr/",
    aiSummary: "One recognizer shares phoneme units across 40 low-resource languages.",
    citationKey: "lefevre2025multilingual",
  },
  [CAPTIONS]: {
    arxivId: "2501.03003",
    arxivDate: "2025-01-03",
    authors: ["Priya Raman", '<img src=x onerror=alert("author")>', "Tomás Ortega"],
    aiSummary: 'Escaping <script>alert("summary")</script> at render time keeps captions inert.',
    citationKey: "raman2025script",
  },
  [RLHF]: {
    arxivId: "2501.00777",
    arxivDate: "2024-12-30",
    authors: ["Jonas Berg", "Amara Okafor"],
    code: "https://github.com/example-rl/rlhf-revisited",
    aiSummary: "Reward models still steer policies after a careful rerun of RLHF.",
    citationKey: "berg2024reinforcement",
  },
  [HOLOGRAPHIC]: {
    arxivId: "hep-th/9901001",
    arxivDate: "1999-01-04",
    authors: ["Ana Souza", "Juan Pérez"],
    citationKey: "souza1999holographic",
  },
};

/** Each digest's papers in its own order, with the file it comes from. */
export const DAYS = [
  {
    date: "2024-12-31",
    file: "2024-12-31.txt",
    slugs: [SPARSE, ALERT, "yes", LONG, RUSSIAN, CHINESE],
  },
  { date: "2025-01-02", file: "2025-01-02.txt", slugs: [SPARSE, MOS, MOS2, RLHF] },
  { date: "2025-01-03", file: "2025-01-03-hf.txt", slugs: [SPARSE, MERGING] },
  // Most upvotes first: 30, 12, 7, 3 and none; the file lists them captions, multilingual, RLHF,
  // routing, holographic.
  {
    date: "2025-01-04",
    file: "2025-01-04.json",
    slugs: [ROUTING, MULTILINGUAL, CAPTIONS, RLHF, HOLOGRAPHIC],
  },
] as const;

/** Every paper newest first: by first date descending, then by position in that day's digest. */
export const NEWEST_FIRST = [
  ROUTING,
  MULTILINGUAL,
  CAPTIONS,
  HOLOGRAPHIC,
  MERGING,
  MOS,
  MOS2,
  RLHF,
  SPARSE,
  ALERT,
  "yes",
  LONG,
  RUSSIAN,
  CHINESE,
];

export function expectedPaper(slug: string): ExpectedPaper {
  const paper = PAPERS[slug];
  if (!paper) throw new Error(`no expected paper ${slug}`);
  return paper;
}

export function title(slug: string): string {
  return expectedPaper(slug).title;
}

/**
 * The title and abstract as plain text, math read as text: the title for `<title>`, meta tags,
 * feeds and search results, the abstract for the meta description, feeds and JSON-LD.
 */
export function plainPaper(slug: string): { title: string; abstract: string } {
  const paper = expectedPaper(slug);
  return {
    title: paper.titleMath?.plain ?? paper.title,
    abstract: paper.abstractMath?.plain ?? paper.abstract,
  };
}

/** Repository hosts: a link to a repository (not the host's front page) on one is a code link. */
const CODE_HOST =
  /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|git\.sr\.ht|sourceforge\.net)\/[^/]/iu;

export function isCodeLink(url: string): boolean {
  return CODE_HOST.test(url);
}

const pageCache = new Map<string, Map<string, Page>>();

/** The build's HTML pages by URL path under the base (`papers/yes/`, `404.html`), parsed once. */
export function pagesOf(build: SiteBuild): Map<string, Page> {
  let pages = pageCache.get(build.dist);
  if (!pages) {
    pages = new Map(readPages(build.dist).map((page) => [page.path, page]));
    pageCache.set(build.dist, pages);
  }
  return pages;
}

/** The URL paths of the build's pages in a folder (`arxiv/`), sorted. */
export function pagePathsIn(build: SiteBuild, folder: string): string[] {
  return [...pagesOf(build).keys()].filter((path) => path.startsWith(folder)).sort();
}

export function page(build: SiteBuild, path: string): Page {
  const found = pagesOf(build).get(path);
  if (!found) throw new Error(`${build.base}${path} was not built (no ${fileForPath(path)})`);
  return found;
}

export function one(root: HTMLElement, selector: string): HTMLElement {
  const element = root.querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
}

/** Paper slugs linked from an element, in document order, without repeats. */
export function paperLinks(element: HTMLElement, base: string): string[] {
  const pattern = new RegExp(`^${base}papers/([^/]+)/$`, "u");
  const slugs: string[] = [];
  for (const link of element.querySelectorAll("a[href]")) {
    const slug = pattern.exec(link.getAttribute("href") ?? "")?.[1];
    if (slug !== undefined && !slugs.includes(slug)) slugs.push(slug);
  }
  return slugs;
}

export function readText(dist: string, file: string): string {
  return readFileSync(join(dist, ...file.split("/")), "utf8");
}

/** A formula's MathML text without spaces and invisible operators (U+2061 function application…). */
function formulaText(formula: HTMLElement): string {
  return formula.textContent.replace(/[\s\u2061-\u2064]/gu, "");
}

/**
 * Asserts that an element shows text from a digest as the reader should see it. Without math: the
 * exact source text and no formula. With math: the text outside the formulas is the source's
 * text outside its `$…$` segments, in place; each formula is one KaTeX MathML element with the
 * expected content and no TeX annotation; no `$` delimiter or TeX command is left visible.
 */
export function expectShown(
  element: HTMLElement,
  source: string,
  math: ExpectedMath | undefined,
  label: string,
): void {
  const typeset = element.querySelectorAll(".katex");
  if (math === undefined) {
    expect(textOf(element), label).toBe(source);
    expect(element.querySelectorAll(".katex, math"), label).toHaveLength(0);
    return;
  }
  // The expectation itself: as many $…$ segments in the source as formulas expected.
  expect(mathShape(source).split(MATH).length - 1, label).toBe(math.formulas.length);
  expect(shownText(element), label).toBe(mathShape(source));
  expect(element.querySelectorAll("math"), label).toHaveLength(math.formulas.length);
  expect(
    typeset.map((formula) => formula.querySelectorAll("math").length),
    label,
  ).toEqual(math.formulas.map(() => 1));
  expect(typeset.map(formulaText), label).toEqual([...math.formulas]);
  expect(element.querySelectorAll("annotation"), label).toHaveLength(0);
  expect(element.textContent, label).not.toContain("$");
  expect(element.textContent, label).not.toMatch(/\\[A-Za-z]/u);
}

export interface FeedItem {
  title: string | undefined;
  link: string | undefined;
  guid: string | undefined;
  description: string | undefined;
  /** Its `dc:creator` elements' text, in order. */
  creators: string[];
}

/** A well-formed XML file's text and parsed document; fails the test when it is not well-formed. */
export function readXml(dist: string, file: string): { text: string; document: HTMLElement } {
  const text = readText(dist, file);
  const problem = xmlProblem(text);
  if (problem !== undefined) throw new Error(`${file} is not well-formed XML: ${problem}`);
  return { text, document: parseXml(text) };
}

/**
 * A feed's text, checked for well-formedness, with the namespaces its rss element declares, its
 * channel link and items (text decoded).
 */
export function readFeed(
  dist: string,
  file: string,
): {
  text: string;
  namespaces: Record<string, string>;
  link: string | undefined;
  items: FeedItem[];
} {
  const { text, document } = readXml(dist, file);
  const children = (element: HTMLElement, name: string) =>
    element.children.filter((child) => child.rawTagName === name).map((child) => child.textContent);
  const field = (element: HTMLElement, name: string) => children(element, name)[0];
  const channel = one(document, "rss > channel");
  const namespaces = Object.fromEntries(
    Object.entries(one(document, "rss").attributes).filter(([name]) => name.startsWith("xmlns")),
  );
  return {
    text,
    namespaces,
    link: field(channel, "link"),
    items: channel.querySelectorAll("item").map((item) => ({
      title: field(item, "title"),
      link: field(item, "link"),
      guid: field(item, "guid"),
      description: field(item, "description"),
      creators: children(item, "dc:creator"),
    })),
  };
}
