/**
 * A first search measured in Chromium as a reader makes it: open the search page (fresh cache),
 * type a query and submit it; then time, in the page, from the submit to the first result shown
 * and to the complete results, and add up what was downloaded before each (every response the
 * page and its workers received, as gzip would send it: GitHub Pages compresses text; Pagefind's
 * index files are compressed already).
 *
 * The page's contract: results are `#search-results > li`; while a search runs, `#search-results`
 * has `aria-busy="true"`; results are complete when it no longer does, or, on a page that never
 * sets it, when `#search-status` says "… papers found".
 */
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

/** The slow link of issue 11: 1.6 Mbps down, 750 Kbps up, 150 ms latency; CPU not throttled. */
export const SLOW_LINK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
} as const;

export interface Download {
  requests: number;
  bytes: number;
  gzipBytes: number;
}

export interface SearchTiming {
  query: string;
  throttled: boolean;
  /** Results in the list when the search was complete. */
  results: number;
  firstResultMs: number;
  completeMs: number;
  /** Everything downloaded from opening the page until the first result was shown. */
  beforeFirstResult: Download;
  beforeComplete: Download;
}

interface PageClock {
  start: number;
  first: number;
  complete: number;
  timeOrigin: number;
  results: number;
}

/** Watches the results list from the page itself, so times do not include the driver's delays. */
function watchResults(): void {
  const list = document.getElementById("search-results");
  const status = document.getElementById("search-status");
  if (!list) throw new Error("the search page has no #search-results");
  const clock: Partial<PageClock> & { busySeen: boolean } = {
    timeOrigin: performance.timeOrigin,
    busySeen: false,
  };
  (window as unknown as { searchClock: typeof clock }).searchClock = clock;
  const check = () => {
    if (clock.start === undefined || clock.complete !== undefined) return;
    const now = performance.now();
    const busy = list.getAttribute("aria-busy") === "true";
    if (busy) clock.busySeen = true;
    const shown = list.querySelectorAll(":scope > li").length;
    if (shown === 0) return;
    clock.first ??= now;
    if (!busy && (clock.busySeen || /papers? found/u.test(status?.textContent ?? ""))) {
      clock.complete = now;
      clock.results = shown;
    }
  };
  new MutationObserver(check).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
}

function submitQuery(query: string): void {
  const input = document.getElementById("q") as HTMLInputElement | null;
  if (!input?.form) throw new Error("the search page has no #q in a form");
  input.value = query;
  (window as unknown as { searchClock: { start: number } }).searchClock.start = performance.now();
  input.form.requestSubmit();
}

function total(bodies: readonly Buffer[]): Download {
  return {
    requests: bodies.length,
    bytes: bodies.reduce((sum, body) => sum + body.length, 0),
    gzipBytes: bodies.reduce((sum, body) => sum + Math.min(body.length, gzipSync(body).length), 0),
  };
}

/** Opens `pageUrl` (the search page, no query) in a fresh context and runs one search. */
export async function timeSearch(
  browser: Browser,
  pageUrl: string,
  query: string,
  throttled: boolean,
): Promise<SearchTiming> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    if (throttled) await cdp.send("Network.emulateNetworkConditions", SLOW_LINK);
    const received: { endedAt: number; body: Promise<Buffer | undefined> }[] = [];
    page.on("requestfinished", (request) => {
      const timing = request.timing();
      received.push({
        endedAt: timing.startTime + timing.responseEnd,
        body: request
          .response()
          .then((response) => response?.body())
          .catch(() => undefined),
      });
    });
    await page.goto(pageUrl, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    await page.evaluate(watchResults);
    await page.evaluate(submitQuery, query);
    await page
      .waitForFunction(
        () =>
          (window as unknown as { searchClock: { complete?: number } }).searchClock.complete !==
          undefined,
        undefined,
        { timeout: 180_000 },
      )
      .catch((error: unknown) => {
        throw new Error(`no complete results for ${JSON.stringify(query)} at ${pageUrl}`, {
          cause: error,
        });
      });
    await page.waitForLoadState("networkidle");
    const clock = (await page.evaluate(
      () => (window as unknown as { searchClock: PageClock }).searchClock,
    )) as PageClock;
    // Wall-clock ends of each response against the page's own clock (the same machine's).
    const until = async (pageTime: number) => {
      const end = clock.timeOrigin + pageTime;
      const bodies = await Promise.all(
        received.filter((response) => response.endedAt <= end + 1).map((response) => response.body),
      );
      return total(bodies.filter((body): body is Buffer => body !== undefined));
    };
    return {
      query,
      throttled,
      results: clock.results,
      firstResultMs: clock.first - clock.start,
      completeMs: clock.complete - clock.start,
      beforeFirstResult: await until(clock.first),
      beforeComplete: await until(clock.complete),
    };
  } finally {
    await context.close();
  }
}
