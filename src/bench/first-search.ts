/**
 * What a browser downloads for a first search: load the search page with a query in Chromium and
 * add up every response. Reported as served bytes and as gzip would send them (GitHub Pages
 * compresses text; Pagefind's index files are compressed already).
 */
import { gzipSync } from "node:zlib";
import { serveLocally } from "../build/static-server.ts";
import { launchChromium } from "./chromium.ts";

export interface SearchDownload {
  requests: number;
  bytes: number;
  gzipBytes: number;
  results: number;
}

export async function firstSearch(
  dist: string,
  query: string,
  chromePath: string,
): Promise<SearchDownload> {
  const [site, browser] = await Promise.all([serveLocally(dist), launchChromium(chromePath)]);
  try {
    const page = await browser.newPage();
    const bodies: Promise<Buffer | undefined>[] = [];
    page.on("response", (response) => {
      bodies.push(response.body().catch(() => undefined));
    });
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() =>
      /found/u.test(document.getElementById("search-status")?.textContent ?? ""),
    );
    await page.waitForLoadState("networkidle");
    const results = await page.locator("#search-results > li").count();
    const received = (await Promise.all(bodies)).filter(
      (body): body is Buffer => body !== undefined,
    );
    return {
      requests: received.length,
      bytes: received.reduce((sum, body) => sum + body.length, 0),
      gzipBytes: received.reduce(
        (sum, body) => sum + Math.min(body.length, gzipSync(body).length),
        0,
      ),
      results,
    };
  } finally {
    await Promise.all([browser.close(), site.close()]);
  }
}
