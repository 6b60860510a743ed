/**
 * The search page's script: Pagefind queries driven by the form, with the query and filters kept
 * in the URL so that any search can be shared as a link. Result text is only ever set as text.
 */

import { isCjkWord, spaceCjkCharacters } from "../search/cjk-characters.ts";
import {
  FILTER,
  HAS_CODE,
  isSearchOrder,
  readSearchParams,
  SEARCH_ORDER,
  SORT,
  searchParams,
} from "../search/schema.ts";
import { RESULTS_PER_PAGE, type ShownResult } from "../search/shown-result.ts";
import type { FromSearchWorker, PagefindSearchOptions, ToSearchWorker } from "./search-messages.ts";

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`search page is missing #${id}`);
  return found as T;
}

/** The excerpt of the abstract as DOM nodes: text, and <mark> around matched words. */
function excerptNodes(result: ShownResult): Node[] {
  return result.excerpt.map((piece) => {
    if (!piece.marked) return document.createTextNode(piece.text);
    const mark = document.createElement("mark");
    mark.textContent = piece.text;
    return mark;
  });
}

/**
 * What marks the query's words in a title: each word that starts like a query word. Made once a
 * search (a Unicode pattern costs a compile).
 */
function queryWordPattern(words: readonly string[]): RegExp | undefined {
  const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  // A Chinese or Japanese word stands inside a run of characters, not at a word's start.
  const patterns = words
    .filter(Boolean)
    .map((word) =>
      isCjkWord(word) ? literal(word) : `(?<![\\p{L}\\p{N}])${literal(word)}[\\p{L}\\p{N}]*`,
    );
  return patterns.length === 0 ? undefined : new RegExp(patterns.join("|"), "giu");
}

/** Text with what `pattern` matches wrapped in <mark>, built as DOM nodes. */
function highlighted(text: string, pattern: RegExp | undefined): Node[] {
  if (!pattern) return [document.createTextNode(text)];
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

/** What the result list shows of one search; the search worker holds the rest of its results. */
interface ResultsView {
  number: number;
  /** The query as typed; "" for filters alone. */
  query: string;
  /** The query's words as typed, marked in titles. */
  marks: RegExp | undefined;
  /** What the finished status line says after the count, when the results match. */
  found: string;
  /** Whether the worker's first step has replaced the last search's list. */
  started: boolean;
  /** Results listed. */
  shown: number;
  /** How many results the list should show: a page, and one more after each "Show more". */
  wanted: number;
  /** Where to scroll once the search is complete (Back and Forward), then nowhere. */
  scrollY: number | undefined;
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

  let worker: Worker | undefined;
  /** The worker, started at the first need. */
  const searchWorker = () => {
    if (!worker) {
      // A bundled module of the site: Pagefind runs inside it, and only the results shown
      // cross to this thread.
      worker = new Worker(new URL("./search-worker.ts", import.meta.url), { type: "module" });
      worker.addEventListener("message", (event: MessageEvent<FromSearchWorker>) =>
        received(event.data),
      );
      worker.postMessage({ kind: "load", base } satisfies ToSearchWorker);
    }
    return worker;
  };
  const send = (message: ToSearchWorker) => searchWorker().postMessage(message);

  const resultItem = (result: ShownResult, marks: RegExp | undefined) => {
    const item = document.createElement("li");
    const heading = document.createElement("h2");
    const link = document.createElement("a");
    link.href = result.url;
    link.append(...highlighted(result.title, marks));
    heading.append(link);
    const meta = document.createElement("p");
    meta.className = "meta";
    const topics = result.topics.map((id) => topicNames.get(id) ?? id);
    meta.textContent = [result.date, topics.join(", ")].filter(Boolean).join(" · ");
    const excerpt = document.createElement("p");
    excerpt.append(...excerptNodes(result));
    item.append(heading, meta, excerpt);
    return item;
  };

  /**
   * Every render belongs to one search, numbered here: whatever arrives for an older number is
   * dropped. `view` is what the list shows.
   */
  let searchNumber = 0;
  let view: ResultsView | undefined;

  const remember = () => {
    const state: SearchEntryState = {
      shown: view?.shown ?? 0,
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

  const run = (step: HistoryStep, restore: Partial<SearchEntryState> = {}) => {
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
      worker?.postMessage({ kind: "drop", number: current } satisfies ToSearchWorker);
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
    const wanted = Math.max(RESULTS_PER_PAGE, restore.shown ?? 0);
    view = {
      number: current,
      query,
      // Words as typed are marked in titles.
      marks: queryWordPattern(query.split(/\s+/u)),
      // Without words the order is the dates', whatever the Order menu says: the line says which.
      found: query
        ? ` for “${query}”`
        : `, ${dateOrder === SEARCH_ORDER.oldest ? "oldest" : "newest"} first`,
      started: false,
      shown: 0,
      wanted,
      scrollY: restore.scrollY,
    };
    send({
      kind: "search",
      number: current,
      query: spaced || null,
      // Index words (each CJK character one) judge the match.
      words: spaced.split(/\s+/u).filter(Boolean),
      options,
      wanted,
    });
  };

  /** A step of the current search from the worker: results appended, what is shown never moves. */
  const received = (message: FromSearchWorker) => {
    const shown = view;
    if (!shown || message.number !== shown.number || message.number !== searchNumber) return;
    if (message.kind === "failed") {
      reportError(new Error(`search failed: ${message.message}`));
      return;
    }
    const items = message.items.map((result) => resultItem(result, shown.marks));
    // A search's first step replaces the last search's list, with its own results at once.
    if (shown.started) list.append(...items);
    else list.replaceChildren(...items);
    shown.started = true;
    shown.shown += items.length;
    const count = message.count;
    more.hidden = shown.shown >= count;
    if (message.step === "more") {
      remember();
      return;
    }
    const papers = `${count} ${count === 1 ? "paper" : "papers"}`;
    if (!message.complete) {
      status.textContent = `${papers} found so far; searching older years…`;
      return;
    }
    // How the best results match: when none holds every query word, the search found only
    // words like them (said so), or words that merely begin alike (not shown at all).
    if (message.match === "none") {
      list.replaceChildren();
      shown.shown = 0;
      more.hidden = true;
      status.textContent = `0 papers found for “${shown.query}”.`;
    } else if (message.match === "close") {
      status.textContent = `No exact match for “${shown.query}”; showing ${papers} with similar words.`;
    } else {
      status.textContent = `${papers} found${shown.found}.`;
    }
    list.removeAttribute("aria-busy");
    if (shown.scrollY !== undefined) scrollTo(0, shown.scrollY);
    shown.scrollY = undefined;
    remember();
    typedQueryShown();
  };

  const showMore = () => {
    const shown = view;
    if (!shown) return;
    // Clicks while a page loads ask for nothing more: each click adds one page at most.
    if (shown.wanted > shown.shown) return;
    shown.wanted = shown.shown + RESULTS_PER_PAGE;
    send({ kind: "more", number: shown.number, wanted: shown.wanted });
  };

  input.addEventListener("input", () => {
    if (!typing) typingStep = "push";
    typing = true;
    clearTimeout(debounce);
    clearTimeout(rest);
    debounce = setTimeout(() => {
      const step = typingStep;
      typingStep = "replace";
      run(step);
    }, TYPING_DEBOUNCE_MS);
  });
  input.addEventListener("blur", endTyping);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(debounce);
    const step = typing ? typingStep : "push";
    endTyping();
    run(step);
  });
  for (const control of [topic, year, sort, code]) {
    control.addEventListener("change", () => {
      clearTimeout(debounce);
      endTyping();
      run("push");
    });
  }
  more.addEventListener("click", showMore);

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
    run("none", entryState(event.state));
  });

  fillForm();
  run("replace", entryState(history.state));
  // The worker, Pagefind's code and WebAssembly and the newest part's index load once the page
  // is idle, so that the first search only fetches what its words need.
  const idle = window.requestIdleCallback ?? ((task: () => void) => setTimeout(task, 1));
  idle(() => void searchWorker());
}
