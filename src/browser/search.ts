/**
 * The search page's script: Pagefind queries driven by the form, with the query and filters kept
 * in the URL so that any search can be shared as a link. Result text is only ever set as text.
 */

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
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface PagefindResult {
  data: () => Promise<PagefindResultData>;
}

interface PagefindSearchOptions {
  filters?: Record<string, string | { any: string[] }>;
  sort?: Record<string, "asc" | "desc">;
}

interface Pagefind {
  options: (options: { baseUrl: string; noWorker?: boolean }) => Promise<void>;
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

/** Rebuilds Pagefind's excerpt from its text and <mark> elements only. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  const nodes: Node[] = [];
  for (const node of parsed.body.firstChild?.childNodes ?? []) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent ?? ""));
    }
  }
  return nodes;
}

/** Text with each word that starts like a query word wrapped in <mark>, built as DOM nodes. */
function highlighted(text: string, words: readonly string[]): Node[] {
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).filter(Boolean);
  if (escaped.length === 0) return [document.createTextNode(text)];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})[\\p{L}\\p{N}]*`, "giu");
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

  const initial = readSearchParams(new URL(location.href).searchParams);
  input.value = initial.q;
  for (const [select, value] of [
    [topic, initial.topic],
    [year, initial.year],
    [sort, initial.sort],
  ] as const) {
    if ([...select.options].some((option) => option.value === value)) select.value = value;
  }
  code.checked = initial.code;

  let pagefind: Promise<{ module: Pagefind; parts: IndexPart[] }> | undefined;
  const load = () => {
    pagefind ??= (async () => {
      const bundle = `${base}${BUNDLE_FOLDER}/`;
      const partsResponse = fetch(`${bundle}${PARTS_FILE}`);
      const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      // In the page rather than a worker: the worker is a second copy of Pagefind's code (12 KB
      // gzipped of a first search), and a search takes milliseconds.
      await module.options({ baseUrl: base, noWorker: true });
      await module.init();
      const parts = (await (await partsResponse).json()) as IndexPart[];
      for (const part of parts) {
        if (part.path) await module.mergeIndex(`${bundle}${part.path}`);
      }
      return { module, parts };
    })();
    return pagefind;
  };

  /**
   * Merged parts rank relevance together, but each sorts by date on its own: a sorted search
   * goes through the parts in date order, each limited to its own months.
   */
  const search = async (query: string | null, options: PagefindSearchOptions) => {
    const { module, parts } = await load();
    if (!options.sort || parts.length < 2) return (await module.search(query, options))?.results;
    const ordered = options.sort[SORT.date] === "asc" ? parts.toReversed() : parts;
    const results: PagefindResult[] = [];
    for (const part of ordered) {
      const filters = { ...options.filters, [FILTER.month]: { any: part.months } };
      const found = await module.search(query, { ...options, filters });
      if (!found) return undefined;
      results.push(...found.results);
    }
    return results;
  };

  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;

  let words: string[] = [];
  const render = async (from: number) => {
    const page = await Promise.all(
      results.slice(from, from + PAGE_SIZE).map((result) => result.data()),
    );
    for (const data of page) {
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
      excerpt.append(...excerptNodes(data.excerpt));
      item.append(heading, meta, excerpt);
      list.append(item);
    }
    shown = from + page.length;
    more.hidden = shown >= results.length;
  };

  const run = async () => {
    const current = ++generation;
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
    history.replaceState(null, "", url);

    if (!query && !topic.value && !year.value && !code.checked) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "Type words from a title or abstract, or choose a topic or year.";
      return;
    }
    status.textContent = "Searching…";
    const filters: Record<string, string> = {};
    if (topic.value) filters[FILTER.topic] = topic.value;
    if (year.value) filters[FILTER.year] = year.value;
    if (code.checked) filters[FILTER.code] = HAS_CODE;
    const options: PagefindSearchOptions = { filters };
    if (order !== SEARCH_ORDER.bestMatch) {
      options.sort = { [SORT.date]: order === SEARCH_ORDER.oldest ? "asc" : "desc" };
    }
    const found = await search(query || null, options);
    if (current !== generation || !found) return;
    results = found;
    words = query.split(/\s+/u).filter(Boolean);
    list.replaceChildren();
    await render(0);
    if (current !== generation) return;
    const count = results.length;
    status.textContent = `${count} ${count === 1 ? "paper" : "papers"} found${query ? ` for “${query}”` : ""}.`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  for (const control of [topic, year, sort, code]) control.addEventListener("change", run);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  more.addEventListener("click", () => void render(shown));
  void run();
}
