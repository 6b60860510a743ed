/**
 * The search page's script: Pagefind queries driven by the form, with the query and filters kept
 * in the URL so that any search can be shared as a link. Result text is only ever set as text.
 */

import { isCjkWord, spaceCjkCharacters } from "../search/cjk-characters.ts";
import { abstractExcerpt, recordWords, type WordLocation } from "../search/excerpt.ts";
import { matchQuality } from "../search/loose-match.ts";
import {
  BUNDLE_FOLDER,
  FILTER,
  HAS_CODE,
  type IndexPart,
  isSearchOrder,
  META,
  PARTS_FILE,
  readSearchParams,
  SEARCH_ORDER,
  SORT,
  searchParams,
} from "../search/schema.ts";
import { formatLongDate } from "../site/date-format.ts";

interface PagefindResultData {
  url: string;
  /** The record's text, words as the index numbers them. */
  content: string;
  /** The matched words' positions in `content`. */
  weighted_locations: WordLocation[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface PagefindResult {
  /** The page's identity in the index. */
  id: string;
  /** Its relevance: higher is better, comparable across merged parts. */
  score: number;
  data: () => Promise<PagefindResultData>;
}

interface PagefindSearchOptions {
  filters?: Record<string, string | { any: string[] }>;
  sort?: Record<string, "asc" | "desc">;
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

/** Results shown at first and per "Show more": each one costs its page's fragment download. */
const PAGE_SIZE = 10;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`search page is missing #${id}`);
  return found as T;
}

/** The excerpt of the abstract as DOM nodes: text, and <mark> around matched words. */
function excerptNodes(data: PagefindResultData): Node[] {
  return abstractExcerpt(data.content, data.weighted_locations).map((piece) => {
    if (!piece.marked) return document.createTextNode(piece.text);
    const mark = document.createElement("mark");
    mark.textContent = piece.text;
    return mark;
  });
}

/** The words a result matched. */
function matchedWords(data: PagefindResultData): string[] {
  const words = recordWords(data.content);
  return data.weighted_locations.map((word) => words[word.location] ?? "");
}

/** Text with each word that starts like a query word wrapped in <mark>, built as DOM nodes. */
function highlighted(text: string, words: readonly string[]): Node[] {
  const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  // A Chinese or Japanese word stands inside a run of characters, not at a word's start.
  const patterns = words
    .filter(Boolean)
    .map((word) =>
      isCjkWord(word) ? literal(word) : `(?<![\\p{L}\\p{N}])${literal(word)}[\\p{L}\\p{N}]*`,
    );
  if (patterns.length === 0) return [document.createTextNode(text)];
  const pattern = new RegExp(patterns.join("|"), "giu");
  const nodes: Node[] = [];
  let position = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > position)
      nodes.push(document.createTextNode(text.slice(position, match.index)));
    const mark = document.createElement("mark");
    mark.textContent = match[0];
    nodes.push(mark);
    position = match.index + match[0].length;
  }
  if (position < text.length) nodes.push(document.createTextNode(text.slice(position)));
  return nodes;
}

/**
 * How long a typed query's results must stand before the next keystroke starts a new history
 * entry: a pause to read, not a pause between words.
 */
const TYPING_REST_MS = 1500;

/** Wait after a keystroke before searching. */
const TYPING_DEBOUNCE_MS = 200;

/**
 * What a history entry holds beside its URL (which holds the search itself), so that Back and
 * Forward, and Back from a result, show the same results at the same place.
 */
interface SearchEntryState {
  /** Results shown: the first page and every "Show more" since. */
  shown: number;
  scrollY: number;
}

/** What a history entry's state says to restore, whatever an older script left in it. */
function entryState(value: unknown): Partial<SearchEntryState> {
  if (typeof value !== "object" || value === null) return {};
  const { shown, scrollY } = value as Record<string, unknown>;
  return {
    ...(typeof shown === "number" && shown > 0 ? { shown } : {}),
    ...(typeof scrollY === "number" && scrollY >= 0 ? { scrollY } : {}),
  };
}

/** What the result list shows of one search. */
interface ResultsView {
  /** Every result so far: those shown first, in the order shown. */
  results: PagefindResult[];
  /** What the shown results hold, in order. */
  data: PagefindResultData[];
  /** The query's words as typed, marked in titles. */
  words: string[];
  /** How many results the list should show: a page, and one more after each "Show more". */
  wanted: number;
}

/** How a search changes the session history: a new entry, the current one, or none (Back/Forward). */
type HistoryStep = "push" | "replace" | "none";

export function startSearch(baseUrl: string): void {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const form = element<HTMLFormElement>("search");
  const input = element<HTMLInputElement>("q");
  const topic = element<HTMLSelectElement>("topic");
  const year = element<HTMLSelectElement>("year");
  const sort = element<HTMLSelectElement>("sort");
  const code = element<HTMLInputElement>("code");
  const status = element<HTMLParagraphElement>("search-status");
  const list = element<HTMLOListElement>("search-results");
  const more = element<HTMLButtonElement>("search-more");
  const topicNames = new Map([...topic.options].map((option) => [option.value, option.text]));
  const pageTitle = document.title;

  // The script puts the page back where it was, once its results are there.
  history.scrollRestoration = "manual";

  /** Sets the form from the address: on load, and on Back and Forward. */
  const fillForm = () => {
    const query = readSearchParams(new URL(location.href).searchParams);
    input.value = query.q;
    for (const [select, value] of [
      [topic, query.topic],
      [year, query.year],
      [sort, query.sort],
    ] as const) {
      select.value = [...select.options].some((option) => option.value === value) ? value : "";
    }
    code.checked = query.code;
  };

  const bundle = `${base}${BUNDLE_FOLDER}/`;
  let pagefind: Promise<{ module: Pagefind; parts: IndexPart[] }> | undefined;
  /** The newest part (the main bundle) only: older parts are merged when a search needs them. */
  const load = () => {
    pagefind ??= (async () => {
      const partsResponse = fetch(`${bundle}${PARTS_FILE}`);
      const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      // Pagefind compiles its WebAssembly and searches in a worker of its own, off the page's
      // thread: the page stays responsive while a large index loads.
      await module.options({ baseUrl: base });
      await module.init();
      const parts = (await (await partsResponse).json()) as IndexPart[];
      return { module, parts };
    })();
    return pagefind;
  };
  /** Each older part merged once: its metadata (a list of its pages) is fetched then. */
  const merging = new Map<string, Promise<void>>();
  const merge = (module: Pagefind, part: IndexPart) => {
    if (!part.path) return Promise.resolve();
    let merged = merging.get(part.path);
    if (!merged) {
      merged = module.mergeIndex(`${bundle}${part.path}`);
      merging.set(part.path, merged);
    }
    return merged;
  };

  /**
   * Results in stages, so that a large archive shows its first results before every part of its
   * index has loaded: part after part, each merged when reached and searched on its own (limited
   * to its months by the `month` filter), a stage (the whole list so far) shown while the next part
   * loads, the last stage complete.
   * Best match: newest part first, the list so far ranked by score (merged parts' scores compare,
   * as Pagefind's own merged search ranks them). Date order: part after part in date order (each
   * part sorts by date on its own). A search of one part at a time also keeps each answer from
   * Pagefind's worker small: a whole-archive answer of 70,000 results blocked the page ~0.5 s.
   */
  async function* search(
    query: string | null,
    options: PagefindSearchOptions,
  ): AsyncGenerator<{ results: PagefindResult[]; complete: boolean }> {
    const { module, parts } = await load();
    if (parts.length < 2) {
      const found = await module.search(query, options);
      if (found) yield { results: found.results, complete: true };
      return;
    }
    const ordered = options.sort?.[SORT.date] === "asc" ? parts.toReversed() : parts;
    const results: PagefindResult[] = [];
    for (const part of ordered) {
      // A stage is shown while the next part loads; parts merged already are searched at once.
      if (part.path && !merging.has(part.path) && results.length > 0) {
        yield { results: [...results], complete: false };
      }
      await merge(module, part);
      const filters = { ...options.filters, [FILTER.month]: { any: part.months } };
      const found = await module.search(query, { ...options, filters });
      if (!found) return;
      results.push(...found.results);
      if (!options.sort) results.sort((a, b) => b.score - a.score);
    }
    yield { results, complete: true };
  }

  const resultItem = (data: PagefindResultData, words: readonly string[]) => {
    const item = document.createElement("li");
    const heading = document.createElement("h2");
    const link = document.createElement("a");
    link.href = data.url;
    link.append(...highlighted(data.meta[META.title] ?? data.url, words));
    heading.append(link);
    const meta = document.createElement("p");
    meta.className = "meta";
    const date = data.meta[META.date];
    const topics = (data.filters[FILTER.topic] ?? []).map((id) => topicNames.get(id) ?? id);
    meta.textContent = [date ? formatLongDate(date) : "", topics.join(", ")]
      .filter(Boolean)
      .join(" · ");
    const excerpt = document.createElement("p");
    excerpt.append(...excerptNodes(data));
    item.append(heading, meta, excerpt);
    return item;
  };

  /**
   * Every render belongs to one search, numbered here: whatever arrives for an older number is
   * dropped. `view` is what the list shows.
   */
  let searchNumber = 0;
  let view: ResultsView | undefined;
  /** The list grows one step at a time, in order. */
  let filling = Promise.resolve();

  /** Appends results up to the number wanted; what is shown never moves. */
  const fill = (current: number) => {
    const step = filling.then(async () => {
      const shown = view;
      if (!shown || current !== searchNumber) return;
      const next = shown.results.slice(shown.data.length, shown.wanted);
      const page = await Promise.all(next.map((result) => result.data()));
      if (current !== searchNumber) return;
      const items = page.map((data) => resultItem(data, shown.words));
      // A search's first step replaces the last search's list, with its own results at once.
      if (shown.data.length === 0) list.replaceChildren(...items);
      else list.append(...items);
      shown.data.push(...page);
    });
    // A failed step is its search's error; the next search's steps still run.
    filling = step.catch(() => {});
    return step;
  };

  const remember = () => {
    const state: SearchEntryState = {
      shown: view?.data.length ?? 0,
      scrollY: Math.round(scrollY),
    };
    history.replaceState(state, "");
  };

  /*
   * History: a new search is a new entry; typing within one query is not. Keystrokes search after
   * a short pause and replace the entry that the first search of their run of typing pushed. The
   * run ends, and the next keystroke starts a new entry, when the query's results have stood for
   * TYPING_REST_MS, or the query is submitted, or the box loses focus. A filter or order change
   * is a new entry.
   */
  let typing = false;
  let typingStep: HistoryStep = "push";
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let rest: ReturnType<typeof setTimeout> | undefined;
  const endTyping = () => {
    typing = false;
    clearTimeout(rest);
  };
  /** Called when a search's results are shown: typing ends if they stand long enough. */
  const typedQueryShown = () => {
    if (!typing) return;
    clearTimeout(rest);
    rest = setTimeout(endTyping, TYPING_REST_MS);
  };

  const run = async (step: HistoryStep, restore: Partial<SearchEntryState> = {}) => {
    const current = ++searchNumber;
    view = undefined;
    more.hidden = true;
    const query = input.value.trim();
    const order = isSearchOrder(sort.value) ? sort.value : SEARCH_ORDER.bestMatch;
    const url = new URL(location.href);
    url.search = searchParams({
      q: query,
      topic: topic.value,
      year: year.value,
      code: code.checked,
      sort: order,
    }).toString();
    if (step === "push" && url.href !== location.href) {
      remember();
      history.pushState({ shown: 0, scrollY: 0 } satisfies SearchEntryState, "", url);
    } else if (step !== "none") {
      history.replaceState(history.state, "", url);
    }
    document.title = query ? `“${query}” · ${pageTitle}` : pageTitle;

    if (!query && !topic.value && !year.value && !code.checked) {
      list.replaceChildren();
      status.textContent = "Type words from a title or abstract, or choose a topic or year.";
      list.removeAttribute("aria-busy");
      remember();
      typedQueryShown();
      return;
    }
    status.textContent = "Searching…";
    list.setAttribute("aria-busy", "true");
    const filters: Record<string, string> = {};
    if (topic.value) filters[FILTER.topic] = topic.value;
    if (year.value) filters[FILTER.year] = year.value;
    if (code.checked) filters[FILTER.code] = HAS_CODE;
    const options: PagefindSearchOptions = { filters };
    // Without words there is nothing to rank by: filters alone list the newest first.
    const dateOrder = order === SEARCH_ORDER.bestMatch && !query ? SEARCH_ORDER.newest : order;
    if (dateOrder !== SEARCH_ORDER.bestMatch) {
      options.sort = { [SORT.date]: dateOrder === SEARCH_ORDER.oldest ? "asc" : "desc" };
    }
    // Chinese and Japanese words spaced as the index spaces them (src/search/cjk-characters.ts).
    const spaced = spaceCjkCharacters(query);
    // Index words (each CJK character one) judge the match; words as typed are marked in titles.
    const words = spaced.split(/\s+/u).filter(Boolean);
    const typed = query.split(/\s+/u).filter(Boolean);
    const wanted = Math.max(PAGE_SIZE, restore.shown ?? 0);
    const shown: ResultsView = { results: [], data: [], words: typed, wanted };
    view = shown;
    for await (const stage of search(spaced || null, options)) {
      if (current !== searchNumber) return;
      // Results already shown keep their places; the rest follow in the stage's order.
      const ids = new Set(shown.results.slice(0, shown.data.length).map((result) => result.id));
      shown.results = [
        ...shown.results.slice(0, shown.data.length),
        ...stage.results.filter((result) => !ids.has(result.id)),
      ];
      await fill(current);
      if (current !== searchNumber) return;
      const count = shown.results.length;
      const papers = `${count} ${count === 1 ? "paper" : "papers"}`;
      more.hidden = shown.data.length >= count;
      if (!stage.complete) {
        status.textContent = `${papers} found so far; searching older years…`;
        continue;
      }
      // How the best results match: when none holds every query word, the search found only
      // words like them (said so), or words that merely begin alike (not shown at all).
      const qualities = shown.data
        .slice(0, PAGE_SIZE)
        .map((data) => matchQuality(matchedWords(data), words));
      const loose = query !== "" && count > 0 && !qualities.includes("exact");
      if (loose && !qualities.includes("close")) {
        list.replaceChildren();
        shown.results = [];
        shown.data = [];
        more.hidden = true;
        status.textContent = `0 papers found for “${query}”.`;
      } else if (loose) {
        status.textContent = `No exact match for “${query}”; showing ${papers} with similar words.`;
      } else {
        // Without words the order is the dates', whatever the Order menu says: the line says which.
        const how = query
          ? ` for “${query}”`
          : `, ${dateOrder === SEARCH_ORDER.oldest ? "oldest" : "newest"} first`;
        status.textContent = `${papers} found${how}.`;
      }
      list.removeAttribute("aria-busy");
      if (restore.scrollY !== undefined) scrollTo(0, restore.scrollY);
      remember();
      typedQueryShown();
    }
  };

  const showMore = async () => {
    if (!view) return;
    const current = searchNumber;
    const shown = view;
    // Clicks while a page loads ask for nothing more: each click adds one page at most.
    if (shown.wanted > shown.data.length) return;
    shown.wanted = shown.data.length + PAGE_SIZE;
    await fill(current);
    if (current !== searchNumber) return;
    more.hidden = shown.data.length >= shown.results.length;
    remember();
  };

  input.addEventListener("input", () => {
    if (!typing) typingStep = "push";
    typing = true;
    clearTimeout(debounce);
    clearTimeout(rest);
    debounce = setTimeout(() => {
      const step = typingStep;
      typingStep = "replace";
      void run(step);
    }, TYPING_DEBOUNCE_MS);
  });
  input.addEventListener("blur", endTyping);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(debounce);
    const step = typing ? typingStep : "push";
    endTyping();
    void run(step);
  });
  for (const control of [topic, year, sort, code]) {
    control.addEventListener("change", () => {
      clearTimeout(debounce);
      endTyping();
      void run("push");
    });
  }
  more.addEventListener("click", () => void showMore());

  let scrolled: ReturnType<typeof setTimeout> | undefined;
  addEventListener("scroll", () => {
    clearTimeout(scrolled);
    scrolled = setTimeout(remember, 150);
  });
  addEventListener("pagehide", remember);
  addEventListener("popstate", (event) => {
    clearTimeout(debounce);
    endTyping();
    fillForm();
    void run("none", entryState(event.state));
  });

  fillForm();
  void run("replace", entryState(history.state));
  // The search code, its WebAssembly and the newest part's index load in Pagefind's worker once
  // the page is idle, so that the first search only fetches what its words need.
  const idle = window.requestIdleCallback ?? ((task: () => void) => setTimeout(task, 1));
  idle(() => void load());
}
