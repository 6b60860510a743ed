/** The search page as a person uses it, for browser tests: type a query, wait, read the results. */
import type { Page } from "playwright-core";
import { expect } from "vitest";

/** Results the search page shows at first and adds per "Show more". */
export const RESULTS_PER_PAGE = 10;

export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/gu, "\\$&");
}

/** Waits until the status line reports the finished search for `query`; returns the count. */
export async function searchDone(page: Page, query: string): Promise<number> {
  const status = page.locator("#search-status");
  const done = new RegExp(`^(\\d+) papers? found for “${escapeRegExp(query)}”\\.$`, "u");
  await expect
    .poll(async () => (await status.textContent())?.trim(), { timeout: 10_000 })
    .toMatch(done);
  const count = Number(done.exec((await status.textContent())?.trim() ?? "")?.[1]);
  expect(await page.locator("#search-results > li").count()).toBe(
    Math.min(count, RESULTS_PER_PAGE),
  );
  return count;
}

/** Types `query` into the search box as a person would, and waits for its results. */
export async function typeQuery(page: Page, query: string): Promise<number> {
  const input = page.locator("#q");
  await input.clear();
  await input.pressSequentially(query, { delay: 20 });
  return searchDone(page, query);
}

export async function resultTitles(page: Page): Promise<string[]> {
  return page.locator("#search-results > li h2 a").allTextContents();
}

export async function resultHrefs(page: Page): Promise<string[]> {
  return page
    .locator("#search-results > li h2 a")
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
}
