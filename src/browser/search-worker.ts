/**
 * The search page's worker: Pagefind's JS API runs here, its WebAssembly in this thread (outside
 * a page, pagefind.js does not start a worker of its own). The worker searches each part of a
 * split index on its own, keeps the whole result list, and sends the page only what it shows:
 * counts, and the data of the results it is about to list (src/browser/search-messages.ts). At
 * 100,000 papers a search finds 50,000 results; posting them all to the page, with their word
 * locations, blocked its thread for most of a second.
 */
import { BUNDLE_FOLDER, FILTER, type IndexPart, PARTS_FILE, SORT } from "../search/schema.ts";
import {
  listMatch,
  type PagefindResultData,
  RESULTS_PER_PAGE,
  shownResult,
} from "../search/shown-result.ts";
import { partsInSearchOrder, rankByScore, withShownInPlace } from "../search/staged-results.ts";
import type { FromSearchWorker, PagefindSearchOptions, ToSearchWorker } from "./search-messages.ts";

interface PagefindResult {
  /** The page's identity in the index. */
  id: string;
  /** Its relevance: higher is better, comparable across merged parts. */
  score: number;
  data: () => Promise<PagefindResultData>;
}

interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (url: string) => Promise<void>;
  search: (
    query: string | null,
    options?: PagefindSearchOptions,
  ) => Promise<{ results: PagefindResult[] } | null>;
}

interface Loaded {
  module: Pagefind;
  parts: IndexPart[];
  /** The bundle's path from the domain root. */
  bundle: string;
}

/** One search as the worker runs it. */
interface WorkerSearch {
  number: number;
  query: string | null;
  words: string[];
  options: PagefindSearchOptions;
  /** Every result found so far: those sent first, in the order sent. */
  results: PagefindResult[];
  /** How many were sent. */
  sent: number;
  /** How many the page wants listed. */
  wanted: number;
  /** The matched words of the first page sent, which judge how the search matched. */
  firstMatched: string[][];
  complete: boolean;
  /** Its steps, one after another. */
  steps: Promise<void>;
}

const send = (message: FromSearchWorker) => postMessage(message);

let loading: Promise<Loaded> | undefined;
/** The newest part (the main bundle) only: older parts are merged when a search needs them. */
const load = (base: string) => {
  loading ??= (async () => {
    const bundle = `${base}${BUNDLE_FOLDER}/`;
    const partsResponse = fetch(`${bundle}${PARTS_FILE}`);
    const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: base });
    // Starts loading the WebAssembly and the newest part's page list.
    await module.init();
    const parts = (await (await partsResponse).json()) as IndexPart[];
    return { module, parts, bundle };
  })();
  return loading;
};

/** Each older part merged once: its metadata (a list of its pages) is fetched then. */
const merging = new Map<string, Promise<void>>();
const merge = ({ module, bundle }: Loaded, part: IndexPart) => {
  if (!part.path) return Promise.resolve();
  let merged = merging.get(part.path);
  if (!merged) {
    // From the domain root, as the links of a merged part's results are made from its path.
    merged = module.mergeIndex(`${bundle}${part.path}`);
    merging.set(part.path, merged);
  }
  return merged;
};

/** The page's current search: any other is dropped at its next step. */
let current = 0;
let search: WorkerSearch | undefined;
const isCurrent = (each: WorkerSearch) => each.number === current;

/**
 * Results in stages, so that a large archive shows its first results before every part of its
 * index has loaded: part after part, each merged when reached and searched on its own (limited
 * to its months by the `month` filter), a stage (the whole list so far) yielded while the next
 * part loads, the last stage complete. Best match: newest part first, the list ranked by score.
 * Date order: part after part in date order (each part sorts by date on its own).
 */
async function* stages(
  loaded: Loaded,
  each: WorkerSearch,
): AsyncGenerator<{ results: PagefindResult[]; complete: boolean }> {
  const { module, parts } = loaded;
  const { query, options } = each;
  if (parts.length < 2) {
    const found = await module.search(query, options);
    if (found) yield { results: found.results, complete: true };
    return;
  }
  const oldestFirst = options.sort?.[SORT.date] === "asc";
  const results: PagefindResult[] = [];
  for (const part of partsInSearchOrder(parts, oldestFirst)) {
    // A stage is shown while the next part loads; parts merged already are searched at once.
    if (part.path && !merging.has(part.path) && results.length > 0) {
      yield { results: [...results], complete: false };
    }
    await merge(loaded, part);
    if (!isCurrent(each)) return;
    const filters = { ...options.filters, [FILTER.month]: { any: part.months } };
    const found = await module.search(query, { ...options, filters });
    if (!found || !isCurrent(each)) return;
    results.push(...found.results);
    if (!options.sort) rankByScore(results);
  }
  yield { results, complete: true };
}

/**
 * A step of a search, after its earlier ones: a stage's results merged into the list (those sent
 * keep their places), the results up to the number wanted loaded and sent.
 */
const step = (
  each: WorkerSearch,
  kind: "stage" | "more",
  stage?: { results: PagefindResult[]; complete: boolean },
) => {
  const next = each.steps.then(async () => {
    if (!isCurrent(each)) return;
    if (stage) {
      each.results = withShownInPlace(each.results, each.sent, stage.results);
      each.complete = stage.complete;
    }
    const page = each.results.slice(each.sent, each.wanted);
    const items = (await Promise.all(page.map((result) => result.data()))).map(shownResult);
    if (!isCurrent(each)) return;
    each.sent += items.length;
    for (const item of items) {
      if (each.firstMatched.length < RESULTS_PER_PAGE) each.firstMatched.push(item.matched);
    }
    const match = each.complete ? listMatch(each.firstMatched, each.words) : "exact";
    if (match === "none") {
      each.results = [];
      each.sent = 0;
    }
    send({
      kind: "results",
      number: each.number,
      step: kind,
      items,
      count: each.results.length,
      complete: each.complete,
      match,
    });
  });
  // A failed step is its search's error; the next search's steps still run.
  each.steps = next.catch((error: unknown) => {
    if (isCurrent(each)) send({ kind: "failed", number: each.number, message: String(error) });
  });
  return each.steps;
};

const run = async (each: WorkerSearch) => {
  try {
    if (!loading) throw new Error("the search worker was not told to load");
    const loaded = await loading;
    for await (const stage of stages(loaded, each)) {
      if (!isCurrent(each)) return;
      await step(each, "stage", stage);
    }
  } catch (error) {
    if (isCurrent(each)) send({ kind: "failed", number: each.number, message: String(error) });
  }
};

addEventListener("message", (event: MessageEvent<ToSearchWorker>) => {
  const message = event.data;
  switch (message.kind) {
    case "load":
      void load(message.base).catch(() => {
        // Reported by the search that needs it.
      });
      return;
    case "search":
      current = message.number;
      search = {
        number: message.number,
        query: message.query,
        words: message.words,
        options: message.options,
        results: [],
        sent: 0,
        wanted: message.wanted,
        firstMatched: [],
        complete: false,
        steps: Promise.resolve(),
      };
      void run(search);
      return;
    case "more":
      if (search && message.number === search.number && isCurrent(search)) {
        search.wanted = Math.max(search.wanted, message.wanted);
        void step(search, "more");
      }
      return;
    case "drop":
      current = message.number;
      search = undefined;
      return;
  }
});
