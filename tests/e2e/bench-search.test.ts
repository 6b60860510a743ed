/**
 * The benchmark's first-search measurement in Chromium: on staged pages that follow the search
 * page's contract (results as `#search-results > li`, `aria-busy` while searching, or a "found"
 * status line), on our built fixture site, and on the plain Pagefind baseline of its paper pages.
 */
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../src/bench/chromium.ts";
import { SLOW_LINK, timeSearch } from "../../src/bench/first-search.ts";
import { buildSearchBaseline } from "../../src/bench/search-baseline.ts";
import { type ServedSite, serveLocally } from "../../src/build/static-server.ts";
import { ENV } from "../../src/env.ts";
import { PROJECT_ROOT } from "../support/archive.ts";

const sites = inject("sites");

/** A search page that shows one result at 100 ms and the second, complete, at 600 ms. */
function stagedPage(withBusy: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title></head><body>
<form id="search"><input id="q"><button>Search</button></form>
<p id="search-status"></p><ol id="search-results"></ol>
<script>
const list = document.getElementById("search-results");
const status = document.getElementById("search-status");
const item = (text) => Object.assign(document.createElement("li"), { textContent: text });
document.getElementById("search").addEventListener("submit", (event) => {
  event.preventDefault();
  ${withBusy ? 'list.setAttribute("aria-busy", "true");' : ""}
  status.textContent = "Searching…";
  setTimeout(() => list.append(item("first")), 100);
  setTimeout(() => {
    list.append(item("second"));
    ${withBusy ? 'list.setAttribute("aria-busy", "false"); status.textContent = "More than 1 result";' : 'status.textContent = "2 papers found";'}
  }, 600);
});
</script></body></html>`;
}

let browser: Browser;
const served: ServedSite[] = [];
const scratch: string[] = [];
const scratchDir = async (prefix: string) => {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};
const serve = async (dir: string) => {
  const site = await serveLocally(dir);
  served.push(site);
  return site.url;
};

beforeAll(async () => {
  browser = await launchChromium(ENV.chromePath);
});
afterAll(async () => {
  await Promise.all([browser?.close(), ...served.map((site) => site.close())]);
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("timeSearch on a page that follows the contract", () => {
  it.each([
    ["aria-busy", true],
    ["the status line", false],
  ])("times the first result and the complete results, told by %s", async (_, withBusy) => {
    const dir = await scratchDir("paper-archive-staged-");
    await mkdir(join(dir, "search"));
    await writeFile(join(dir, "search", "index.html"), stagedPage(withBusy));
    const timing = await timeSearch(browser, `${await serve(dir)}search/`, "anything", false);
    expect(timing.results).toBe(2);
    expect(timing.firstResultMs).toBeGreaterThanOrEqual(100);
    expect(timing.firstResultMs).toBeLessThan(600);
    expect(timing.completeMs).toBeGreaterThanOrEqual(600);
    // The page itself, downloaded before the search began.
    expect(timing.beforeFirstResult.requests).toBe(1);
  });
});

/** The bytes of the Pagefind files a first search cannot do without: its code and WebAssembly. */
async function pagefindCoreBytes(bundle: string): Promise<number> {
  const names = (await readdir(bundle)).filter((name) => name.startsWith("wasm."));
  const sizes = await Promise.all(names.map((name) => stat(join(bundle, name))));
  return Math.min(...sizes.map((size) => size.size));
}

describe("timeSearch on our search page and on the Pagefind baseline", () => {
  it("counts what the page and Pagefind download before the first result, and the slow link slows it", async () => {
    const url = await serve(sites.root.dist);
    const fast = await timeSearch(browser, `${url}search/`, "merging", false);
    const slow = await timeSearch(browser, `${url}search/`, "merging", true);
    expect(fast.results).toBeGreaterThanOrEqual(1);
    expect(slow.results).toBe(fast.results);
    expect(fast.beforeFirstResult.gzipBytes).toBeGreaterThan(
      await pagefindCoreBytes(join(sites.root.dist, "pagefind")),
    );
    expect(fast.beforeComplete.gzipBytes).toBeGreaterThanOrEqual(fast.beforeFirstResult.gzipBytes);
    expect(slow.beforeFirstResult.gzipBytes).toBe(fast.beforeFirstResult.gzipBytes);
    // After the submit: at least the query's index chunk and a result's fragment, each a round
    // trip (Pagefind's code and the newest part's page list may have loaded while the page idled).
    expect(slow.firstResultMs).toBeGreaterThan(2 * SLOW_LINK.latency);
  });

  it("indexes our paper pages at Pagefind's defaults and searches them from a bare page", async () => {
    const dir = join(await scratchDir("paper-archive-baseline-"), "site");
    const indexed = await buildSearchBaseline(dir, sites.root.dist, PROJECT_ROOT);
    expect(indexed.status).toBe(0);
    const timing = await timeSearch(browser, `${await serve(dir)}search/`, "merging", false);
    expect(timing.results).toBeGreaterThanOrEqual(1);
    expect(timing.beforeFirstResult.gzipBytes).toBeGreaterThan(
      await pagefindCoreBytes(join(dir, "pagefind")),
    );
  });
});
