/**
 * Pagefind search on the fixture archive in Chromium, at the domain root and under a project base
 * path: finding a paper by a word of its abstract, topic filters, shareable URLs, and digest text
 * that looks like HTML staying text.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectErrors, launchBrowser, type ServedSite, serveSite } from "./browser.ts";

const sites = inject("sites");

const MERGING_TITLE = "Model Merging by Weight Averaging";
const HTML_TITLE = '<script>alert("pwned")</script> Attention Is Not All You Need';

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/gu, "\\$&");
}

/** Waits until the status line reports the finished search for `query`; returns the count. */
async function searchDone(page: Page, query: string): Promise<number> {
  const status = page.locator("#search-status");
  const done = new RegExp(`^(\\d+) papers? found for “${escapeRegExp(query)}”\\.$`, "u");
  await expect
    .poll(async () => (await status.textContent())?.trim(), { timeout: 10_000 })
    .toMatch(done);
  const count = Number(done.exec((await status.textContent())?.trim() ?? "")?.[1]);
  expect(await page.locator("#search-results > li").count()).toBe(Math.min(count, 20));
  return count;
}

/** Types `query` into the search box as a person would, and waits for its results. */
async function typeQuery(page: Page, query: string): Promise<number> {
  const input = page.locator("#q");
  await input.clear();
  await input.pressSequentially(query, { delay: 20 });
  return searchDone(page, query);
}

async function resultTitles(page: Page): Promise<string[]> {
  return page.locator("#search-results > li h2 a").allTextContents();
}

async function resultMetas(page: Page): Promise<string[]> {
  return page.locator("#search-results > li p.meta").allTextContents();
}

async function topicName(page: Page, id: string): Promise<string> {
  const name = await page.locator(`#topic option[value="${id}"]`).textContent();
  expect(name, `the topic select offers ${id}`).toBeTruthy();
  return name?.trim() ?? "";
}

describe.each([
  ["at the domain root", sites.root],
  ["under a project base path", sites.project],
])("search %s", (_, build) => {
  let browser: Browser;
  let site: ServedSite;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveSite(build.dist, build.base)]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()]);
  });
  const openPage = async (path: string) => {
    page = await browser.newPage();
    errors = collectErrors(page);
    const response = await page.goto(new URL(path, site.url).href);
    expect(response?.status()).toBe(200);
    return page;
  };

  it("finds a paper by a word of its abstract and opens it, with no errors", async () => {
    await openPage("search/");
    expect(await typeQuery(page, "ensembling")).toBeGreaterThanOrEqual(1);
    expect((await resultTitles(page))[0]).toBe(MERGING_TITLE);
    const excerpt = page.locator("#search-results > li").first().locator("p:not(.meta)");
    expect(await excerpt.locator("mark").allTextContents()).toContain("ensembling");

    const link = page.locator("#search-results > li h2 a").first();
    const href = await link.getAttribute("href");
    expect(href).toBe(`${build.base}papers/model-merging-by-weight-averaging/`);
    const [response] = await Promise.all([page.waitForEvent("response"), link.click()]);
    await page.waitForLoadState("load");
    expect(response.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(href);
    expect(await page.locator("h1").textContent()).toBe(MERGING_TITLE);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists a paper from three digests once, as its own page", async () => {
    await openPage("search/");
    expect(await typeQuery(page, "minimisation")).toBe(1);
    // The title has math, which the page may typeset: compare its words outside the math.
    expect((await resultTitles(page))[0]).toContain("Recovery at");
    expect(await page.locator("#search-results > li h2 a").getAttribute("href")).toBe(
      `${build.base}papers/sparse-ell-1-recovery-at-o-n-log-n-cost/`,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the query in the URL as one types", async () => {
    await openPage("search/");
    await typeQuery(page, "low-rank");
    const url = new URL(page.url());
    expect(url.pathname).toBe(`${build.base}search/`);
    expect(url.searchParams.get("q")).toBe("low-rank");
    await typeQuery(page, "diffusion");
    expect(new URL(page.url()).searchParams.get("q")).toBe("diffusion");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("narrows results with a topic filter, and every result has that topic", async () => {
    await openPage("search/");
    const all = await typeQuery(page, "low-rank");
    expect(all).toBeGreaterThanOrEqual(3);
    const name = await topicName(page, "scaling-laws");
    await page.locator("#topic").selectOption("scaling-laws");
    const narrowed = await searchDone(page, "low-rank");
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    for (const meta of await resultMetas(page)) expect(meta).toContain(name);
    expect(new URL(page.url()).searchParams.get("topic")).toBe("scaling-laws");

    // Back to all topics: the results come back.
    await page.locator("#topic").selectOption("");
    expect(await searchDone(page, "low-rank")).toBe(all);
    expect(new URL(page.url()).searchParams.has("topic")).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("restores a shared search link: input, topic, and results", async () => {
    await openPage("search/?q=low-rank&topic=parameter-efficient-fine-tuning");
    const count = await searchDone(page, "low-rank");
    expect(await page.locator("#q").inputValue()).toBe("low-rank");
    expect(await page.locator("#topic").inputValue()).toBe("parameter-efficient-fine-tuning");
    expect(count).toBe(3);
    const name = await topicName(page, "parameter-efficient-fine-tuning");
    for (const meta of await resultMetas(page)) expect(meta).toContain(name);
    expect((await resultTitles(page)).sort()).toEqual(
      [
        "A Very Long Title About Scaling Laws for Parameter-Efficient Fine-Tuning of Large Language Models Across Many Languages, Modalities, Tasks, Domains and Hardware Budgets, With a Comprehensive Empirical Study of Low-Rank Adaptation",
        "MoS: Mixture of Shards for Low-Rank Adaptation",
        "MoS: Mixture-of-Shards for Low-Rank Adaptation",
      ].sort(),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("links every result under the base path, and each link opens its paper", async () => {
    await openPage("search/?q=models");
    const count = await searchDone(page, "models");
    expect(count).toBeGreaterThanOrEqual(3);
    const links = page.locator("#search-results > li h2 a");
    const results = await links.evaluateAll((anchors) =>
      anchors.map((anchor) => ({
        href: anchor.getAttribute("href") ?? "",
        title: anchor.textContent ?? "",
      })),
    );
    // One tab visits every result in turn.
    const paper = await browser.newPage();
    const paperErrors = collectErrors(paper);
    for (const { href, title } of results) {
      expect(href).toMatch(new RegExp(`^${escapeRegExp(build.base)}papers/[^/]+/$`, "u"));
      const response = await paper.goto(new URL(href, site.url).href);
      expect(response?.status(), href).toBe(200);
      const heading = (await paper.locator("h1").textContent()) ?? "";
      // A title with math may be typeset on its page; any other title reads the same.
      if (title.includes("$")) expect(heading).not.toBe("");
      else expect(heading).toBe(title);
    }
    expect(paperErrors).toEqual([]);
    await paper.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows an HTML-looking title and abstract as text, never as markup", async () => {
    await openPage("search/");
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const query of ["pwned", "bold"]) {
      expect(await typeQuery(page, query)).toBeGreaterThanOrEqual(1);
      expect((await resultTitles(page))[0]).toBe(HTML_TITLE);
      const injected = await page.evaluate(() => {
        const results = document.getElementById("search-results");
        return {
          script: results?.querySelectorAll("script").length,
          b: results?.querySelectorAll("b").length,
          i: results?.querySelectorAll("i").length,
          evil: results?.querySelectorAll('a[href*="evil.example"]').length,
          elements: [
            ...new Set([...(results?.querySelectorAll("*") ?? [])].map((node) => node.localName)),
          ].sort(),
        };
      });
      expect(injected).toEqual({
        script: 0,
        b: 0,
        i: 0,
        evil: 0,
        elements: expect.arrayContaining(["a", "h2", "li", "p"]),
      });
      // Pagefind's excerpt keeps the abstract's markup as the text it is.
      if (query === "bold") {
        const excerpt = page.locator("#search-results > li").first().locator("p:not(.meta)");
        expect(await excerpt.textContent()).toContain("<b>bold</b>");
      }
      expect(
        injected.elements.every((name) => ["a", "h2", "li", "mark", "p"].includes(name)),
        injected.elements.join(", "),
      ).toBe(true);
    }
    // The paper page itself shows the title as text and runs nothing either.
    await page.locator("#search-results > li h2 a").first().click();
    await page.waitForLoadState("load");
    expect(await page.locator("h1").textContent()).toBe(HTML_TITLE);
    expect(await page.locator("main script, main b, main i").count()).toBe(0);
    expect(await page.locator("main .abstract").textContent()).toContain("<b>bold</b> claims");
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
