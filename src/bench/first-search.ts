/**
 * What a browser downloads for a first search: load the search page with a query in Chromium and
 * add up every response. Reported as served bytes and as gzip would send them (GitHub Pages
 * compresses text; Pagefind's index files are compressed already).
 */

import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { createStaticServer } from "../build/static-server.ts";

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
  const server = createStaticServer(dist, "/");
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage();
    const bodies: Promise<Buffer | undefined>[] = [];
    page.on("response", (response) => {
      bodies.push(response.body().catch(() => undefined));
    });
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`);
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
    await browser.close();
    server.close();
  }
}
