/**
 * Pagefind search on the fixture archive in Chromium, at the domain root and under a project base
 * path: finding a paper by a word of its abstract, topic, year and "Has code" filters, shareable
 * URLs, titles with math read as plain text with the query marked, digest text that looks like
 * HTML staying text; a page that never lies: late results of an older query dropped, "Show more"
 * never doubling, history entries per search restored by Back and Forward, the query in the tab's
 * title, searches without words newest first, and the form and links without JavaScript.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { siteInBrowser } from "../support/browser.ts";
import {
  escapeRegExp,
  RESULTS_PER_PAGE,
  resultHrefs,
  resultTitles,
  searchDone,
  typeQuery,
} from "../support/search-page.ts";

const sites = inject("sites");

const MERGING_TITLE = "Model Merging by Weight Averaging";
const HTML_TITLE = '<script>alert("pwned")</script> Attention Is Not All You Need';
/** The fixture's `Sparse $\ell_1$ Recovery at $O(n \log n)$ Cost`, math read as text. */
const SPARSE_TITLE = "Sparse ℓ₁ Recovery at O(n log n) Cost";
const SPARSE_SLUG = "sparse-ell-1-recovery-at-o-n-log-n-cost";
const RLHF_TITLE = "Reinforcement Learning from Human Feedback, Revisited";
const RLHF_SLUG = "reinforcement-learning-from-human-feedback-revisited";
const MULTILINGUAL_TITLE = "Multilingual Speech Recognition for Low-Resource Languages";

/**
 * Waits until the status line reports a finished search without words, in the order given;
 * returns the count.
 */
async function filterDone(page: Page, order: "newest" | "oldest" = "newest"): Promise<number> {
  const status = page.locator("#search-status");
  const done = new RegExp(`^(\\d+) papers? found, ${order} first\\.$`, "u");
  await expect
    .poll(async () => (await status.textContent())?.trim(), { timeout: 10_000 })
    .toMatch(done);
  return Number(done.exec((await status.textContent())?.trim() ?? "")?.[1]);
}

/** The first listing date of each result shown, as YYYY-MM-DD, read from its meta line. */
async function resultDates(page: Page): Promise<string[]> {
  return (await resultMetas(page)).map((meta) =>
    new Date(`${meta.split(" · ")[0]} UTC`).toISOString().slice(0, 10),
  );
}

/**
 * The text of an element with each formula (KaTeX's `<math>`) as a hole: the parts a plain-text
 * reading of the same title must show around its formulas, in order.
 */
async function textAroundMath(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((element) => {
    const parts = [""];
    const walk = (node: Node) => {
      if (node instanceof Element && node.localName === "math") {
        parts.push("");
        return;
      }
      // Hidden text (each formula read as text, for the search index) is not shown.
      if (node instanceof HTMLElement && node.hidden) return;
      if (node.nodeType === Node.TEXT_NODE) parts[parts.length - 1] += node.textContent ?? "";
      for (const child of node.childNodes) walk(child);
    };
    for (const child of element.childNodes) walk(child);
    return parts;
  });
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
  const site = siteInBrowser(build);
  let page: Page;
  let errors: string[];
  const openPage = async (path: string) => {
    const opened = await site.open(path);
    expect(opened.status).toBe(200);
    ({ page, errors } = opened);
    return page;
  };
  /** Asserts that the page logged no errors, and closes it. */
  const closeWithoutErrors = async () => {
    expect(errors).toEqual([]);
    await page.close();
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
    await closeWithoutErrors();
  });

  it("lists a paper from three digests once, as its own page", async () => {
    await openPage("search/");
    expect(await typeQuery(page, "minimisation")).toBe(1);
    expect(await resultTitles(page)).toEqual([SPARSE_TITLE]);
    expect(await page.locator("#search-results > li h2 a").getAttribute("href")).toBe(
      `${build.base}papers/${SPARSE_SLUG}/`,
    );
    await closeWithoutErrors();
  });

  it("reads a title's math as plain text, marks the query in it, and its page typesets the math", async () => {
    await openPage("search/");
    const link = page.locator("#search-results > li h2 a").first();
    for (const [query, marked] of [
      ["minimisation", []],
      ["recovery", ["Recovery"]],
      ["sparse", ["Sparse"]],
    ] as const) {
      expect(await typeQuery(page, query), query).toBe(1);
      expect(await link.getAttribute("href")).toBe(`${build.base}papers/${SPARSE_SLUG}/`);
      // The title reads as the page's plain text: no TeX source, no dollar signs.
      const title = (await link.textContent()) ?? "";
      expect(title, query).toBe(SPARSE_TITLE);
      expect(title).not.toMatch(/[$\\]/u);
      // Query words in the title are marked, built from text nodes and <mark> elements only.
      expect(await link.locator("mark").allTextContents(), query).toEqual(marked);
      expect(
        await link.evaluate((anchor) =>
          [...anchor.childNodes].every(
            (node) =>
              node.nodeType === Node.TEXT_NODE ||
              (node instanceof HTMLElement &&
                node.localName === "mark" &&
                node.childNodes.length === 1 &&
                node.firstChild?.nodeType === Node.TEXT_NODE),
          ),
        ),
      ).toBe(true);
    }

    await link.click();
    await page.waitForURL(`**${build.base}papers/${SPARSE_SLUG}/`);
    expect(await page.title()).toBe(`${SPARSE_TITLE} · Paper archive`);
    // The heading and the abstract typeset their two formulas each, as visible MathML.
    for (const selector of ["main h1", "main .abstract"]) {
      const formulas = page.locator(`${selector} math`);
      expect(await formulas.count(), selector).toBe(2);
      for (const formula of await formulas.all()) expect(await formula.isVisible()).toBe(true);
    }
    expect(await textAroundMath(page, "main h1")).toEqual(["Sparse ", " Recovery at ", " Cost"]);
    // No TeX shows anywhere on the page but in the BibTeX entry, which is LaTeX by design.
    const shown = await page.evaluate(() => {
      const main = document.querySelector("main")?.cloneNode(true);
      if (!(main instanceof HTMLElement)) return undefined;
      main.querySelector("#bibtex")?.remove();
      return main.textContent;
    });
    expect(shown).toContain("Recovery at");
    expect(shown).not.toMatch(/\$|\\ell|\\log/u);
    await closeWithoutErrors();
  });

  it("keeps the query in the URL as one types", async () => {
    await openPage("search/");
    await typeQuery(page, "low-rank");
    const url = new URL(page.url());
    expect(url.pathname).toBe(`${build.base}search/`);
    expect(url.searchParams.get("q")).toBe("low-rank");
    await typeQuery(page, "diffusion");
    expect(new URL(page.url()).searchParams.get("q")).toBe("diffusion");
    await closeWithoutErrors();
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
    await closeWithoutErrors();
  });

  it("narrows results to papers with code with the Has code box, kept in the URL", async () => {
    await openPage("search/");
    const all = await typeQuery(page, "we");
    expect(all).toBeGreaterThanOrEqual(3);
    const allHrefs = await resultHrefs(page);
    const code = page.locator("#code");
    expect(await code.isChecked()).toBe(false);
    await code.check();
    const narrowed = await searchDone(page, "we");
    expect(new URL(page.url()).searchParams.get("code")).toBe("1");
    expect(new URL(page.url()).searchParams.get("q")).toBe("we");
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    const withCode = await resultHrefs(page);

    // Exactly the results whose pages list a code link remain.
    const { page: paper, errors: paperErrors } = await site.newPage();
    const hasCode: string[] = [];
    for (const href of allHrefs) {
      expect((await paper.goto(site.address(href)))?.status(), href).toBe(200);
      const entries = await paper.locator("main dl.link-groups > dt").allTextContents();
      if (entries.map((entry) => entry.trim()).includes("Code")) hasCode.push(href);
    }
    await paper.close();
    expect(paperErrors).toEqual([]);
    expect(hasCode).toContain(`${build.base}papers/${SPARSE_SLUG}/`);
    expect([...withCode].sort()).toEqual([...hasCode].sort());

    // Unchecked again: every result comes back and the URL forgets the filter.
    await code.uncheck();
    expect(await searchDone(page, "we")).toBe(all);
    expect(new URL(page.url()).searchParams.has("code")).toBe(false);
    await closeWithoutErrors();
  });

  it("restores a shared link with code=1: the box is checked, only papers with code listed", async () => {
    // The Sparse paper links a repository in its abstract; the JSON digest gives the RLHF and
    // the multilingual papers one. Only the RLHF paper speaks of models (topics are not text).
    await openPage("search/?q=models&code=1");
    expect(await searchDone(page, "models")).toBe(1);
    expect(await page.locator("#q").inputValue()).toBe("models");
    expect(await page.locator("#code").isChecked()).toBe(true);
    expect(await resultTitles(page)).toEqual([RLHF_TITLE]);
    expect(await resultHrefs(page)).toEqual([`${build.base}papers/${RLHF_SLUG}/`]);
    await page.close();

    // The filter alone, with no words, lists every paper with code.
    await openPage("search/?code=1");
    expect(await filterDone(page)).toBe(3);
    expect(await page.locator("#code").isChecked()).toBe(true);
    expect((await resultTitles(page)).sort()).toEqual(
      [MULTILINGUAL_TITLE, RLHF_TITLE, SPARSE_TITLE].sort(),
    );
    expect(new URL(page.url()).search).toBe("?code=1");
    await closeWithoutErrors();
  });

  it("puts every result in exactly one year, papers with code included", async () => {
    await openPage("search/");
    const all = await typeQuery(page, "we");
    const allHrefs = await resultHrefs(page);
    expect(allHrefs).toContain(`${build.base}papers/${SPARSE_SLUG}/`);
    const years = (
      await page
        .locator("#year option")
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
    ).filter(Boolean);
    expect(years).toEqual(["2025", "2024"]);
    const byYear: string[] = [];
    for (const year of years) {
      await page.locator("#year").selectOption(year);
      await searchDone(page, "we");
      expect(new URL(page.url()).searchParams.get("year")).toBe(year);
      byYear.push(...(await resultHrefs(page)));
    }
    expect(byYear).toHaveLength(all);
    expect([...byYear].sort()).toEqual([...allHrefs].sort());
    // The paper with code, first listed on 31 December 2024, is found in 2024.
    await openPage(`search/?q=recovery&year=2024`);
    expect(await searchDone(page, "recovery")).toBe(1);
    expect(await resultTitles(page)).toEqual([SPARSE_TITLE]);
    await closeWithoutErrors();
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
    await closeWithoutErrors();
  });

  it("orders results by first listing date, newest or oldest first, kept in the URL", async () => {
    const longTitle =
      "A Very Long Title About Scaling Laws for Parameter-Efficient Fine-Tuning of Large Language Models Across Many Languages, Modalities, Tasks, Domains and Hardware Budgets, With a Comprehensive Empirical Study of Low-Rank Adaptation";
    // Listed 2024-12-31; both MoS papers on 2025-01-02.
    await openPage("search/?q=low-rank&topic=parameter-efficient-fine-tuning&sort=oldest");
    expect(await searchDone(page, "low-rank")).toBe(3);
    expect(await page.locator("#sort").inputValue()).toBe("oldest");
    expect((await resultTitles(page))[0]).toBe(longTitle);
    await page.locator("#sort").selectOption("newest");
    await expect.poll(async () => (await resultTitles(page)).at(-1)).toBe(longTitle);
    expect(new URL(page.url()).searchParams.get("sort")).toBe("newest");
    const metas = await resultMetas(page);
    expect(metas.map((meta) => meta.split(" · ")[0])).toEqual([
      "2 January 2025",
      "2 January 2025",
      "31 December 2024",
    ]);
    await closeWithoutErrors();
  });

  it("sorts all results by date, newest or oldest first, across the index's parts", async () => {
    // The project build's index has a part per month, each sorting only its own pages.
    const listedDates = async () => {
      const more = page.locator("#search-more");
      while (await more.isVisible()) await more.click();
      return (await resultMetas(page)).map((meta) =>
        new Date(`${meta.split(" · ")[0]} UTC`).toISOString().slice(0, 10),
      );
    };
    await openPage("search/?q=models&sort=newest");
    const count = await searchDone(page, "models");
    const newest = await listedDates();
    expect(newest).toHaveLength(count);
    expect(new Set(newest.map((date) => date.slice(0, 7))).size).toBe(2);
    expect(newest).toEqual([...newest].sort().reverse());
    await page.locator("#sort").selectOption("oldest");
    await expect.poll(async () => (await resultMetas(page))[0]).toMatch(/2024/u);
    const oldest = await listedDates();
    expect(oldest).toEqual([...newest].reverse());
    await page.locator("#sort").selectOption("");
    await expect.poll(async () => page.locator("#search-results > li").count()).toBeGreaterThan(0);
    expect(await searchDone(page, "models")).toBe(count);
    await closeWithoutErrors();
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
    const { page: paper, errors: paperErrors } = await site.newPage();
    for (const { href, title } of results) {
      expect(href).toMatch(new RegExp(`^${escapeRegExp(build.base)}papers/[^/]+/$`, "u"));
      const response = await paper.goto(site.address(href));
      expect(response?.status(), href).toBe(200);
      // The result shows the page's title as plain text, as the browser tab does.
      expect(await paper.title(), href).toBe(`${title} · Paper archive`);
      const heading = paper.locator("main h1");
      if ((await heading.locator("math").count()) > 0) {
        // A title with math is typeset on its page: the words around the formulas read the same.
        const around = await textAroundMath(paper, "main h1");
        expect(title, href).toMatch(new RegExp(`^${around.map(escapeRegExp).join(".+")}$`, "u"));
        expect(title, href).not.toContain("$");
      } else {
        expect(await heading.textContent(), href).toBe(title);
      }
    }
    expect(paperErrors).toEqual([]);
    await paper.close();
    await closeWithoutErrors();
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
    await closeWithoutErrors();
  });

  it("drops a superseded query's late results: the count line and the list agree", async () => {
    // The results of "attention" alone, as a fresh page shows them.
    await openPage("search/?q=attention");
    const count = await searchDone(page, "attention");
    const expected = await resultHrefs(page);
    expect(expected).toHaveLength(count);
    await page.close();

    // On a slow connection: the pages of results for "a" arrive after "attention" has been typed.
    await openPage("search/");
    let slow = true;
    let delayed = 0;
    let released = 0;
    await page.route("**/*.pf_fragment", async (route) => {
      if (!slow) return route.continue();
      delayed += 1;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
      released += 1;
    });
    const input = page.locator("#q");
    await input.pressSequentially("a");
    await expect.poll(() => delayed, { timeout: 10_000 }).toBeGreaterThan(0);
    slow = false;
    await input.pressSequentially("ttention", { delay: 20 });
    expect(await searchDone(page, "attention")).toBe(count);
    await expect.poll(() => released, { timeout: 10_000 }).toBe(delayed);
    // Time for anything that still reacts to the late pages.
    await page.waitForTimeout(500);
    expect((await page.locator("#search-status").textContent())?.trim()).toBe(
      `${count} ${count === 1 ? "paper" : "papers"} found for “attention”.`,
    );
    expect(await resultHrefs(page)).toEqual(expected);
    await closeWithoutErrors();
  });

  it('adds each page of results once, however often "Show more" is clicked', async () => {
    const more = () => page.locator("#search-more");
    /** The results listed once "Show more" is gone, checked to be the `count` found, each once. */
    const allListed = async (count: number) => {
      await expect.poll(() => more().isHidden(), { timeout: 10_000 }).toBe(true);
      await page.waitForTimeout(300);
      const hrefs = await resultHrefs(page);
      expect(hrefs).toHaveLength(count);
      expect(new Set(hrefs).size).toBe(count);
      return hrefs;
    };
    // "a" finds more than a page of results in the fixture.
    await openPage("search/?q=a");
    const count = await searchDone(page, "a");
    expect(count).toBeGreaterThan(RESULTS_PER_PAGE);
    expect(count).toBeLessThanOrEqual(2 * RESULTS_PER_PAGE);
    await more().dblclick();
    const listed = await allListed(count);
    await page.close();

    // A second click while the next page is still loading.
    await openPage("search/?q=a");
    expect(await searchDone(page, "a")).toBe(count);
    await page.route("**/*.pf_fragment", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await more().click();
    await more().click({ timeout: 300 });
    expect(await allListed(count)).toEqual(listed);
    await closeWithoutErrors();
  });

  it("without JavaScript, keeps the query in the address and links the topic and date indexes", async () => {
    ({ page, errors } = await site.open("search/", { javaScriptEnabled: false }));
    const advice = page.locator("#search-without-script");
    expect(await advice.isVisible()).toBe(true);
    expect((await advice.textContent())?.replace(/\s+/gu, " ").trim()).toBe(
      "Search runs in your browser and needs JavaScript. Without it, browse the papers by topic or by date.",
    );
    const topics = advice.locator("a", { hasText: "by topic" });
    const dates = advice.locator("a", { hasText: "by date" });
    expect(await topics.getAttribute("href")).toBe(`${build.base}topics/`);
    expect(await dates.getAttribute("href")).toBe(`${build.base}dates/`);
    await page.locator("#q").fill("attention");
    await Promise.all([page.waitForURL(/\?/u), page.locator("#q").press("Enter")]);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`${build.base}search/`);
    expect(url.searchParams.get("q")).toBe("attention");
    await Promise.all([page.waitForURL(`**${build.base}topics/`), topics.click()]);
    expect(await page.locator("h1").textContent()).toBe("Topics");
    await page.goBack();
    await Promise.all([page.waitForURL(`**${build.base}dates/`), dates.click()]);
    expect(await page.locator("h1").textContent()).toBe("Dates");
    await closeWithoutErrors();
  });

  it("puts the query in the tab's title", async () => {
    await openPage("search/?q=attention");
    await searchDone(page, "attention");
    expect(await page.title()).toBe("“attention” · Search · Paper archive");
    await typeQuery(page, "low-rank");
    expect(await page.title()).toBe("“low-rank” · Search · Paper archive");
    await page.locator("#q").clear();
    await expect.poll(() => page.title()).toBe("Search · Paper archive");
    await closeWithoutErrors();
  });

  it("makes each new search a history entry, not each keystroke, and Back and Forward restore them", async () => {
    await openPage("search/");
    const entries = () => page.evaluate(() => history.length);
    const start = await entries();
    const input = page.locator("#q");
    // Typing with a pause inside one query is one entry.
    await input.pressSequentially("att", { delay: 20 });
    await searchDone(page, "att");
    await input.pressSequentially("ention", { delay: 20 });
    const attention = await searchDone(page, "attention");
    await input.press("Enter");
    await searchDone(page, "attention");
    expect(await entries()).toBe(start + 1);
    // A new query, then a filter: two more.
    const lowRank = await typeQuery(page, "low-rank");
    expect(await entries()).toBe(start + 2);
    await page.locator("#topic").selectOption("scaling-laws");
    const narrowed = await searchDone(page, "low-rank");
    expect(narrowed).toBeLessThan(lowRank);
    expect(await entries()).toBe(start + 3);

    await page.goBack();
    expect(await searchDone(page, "low-rank")).toBe(lowRank);
    expect(await page.locator("#topic").inputValue()).toBe("");
    expect(await input.inputValue()).toBe("low-rank");
    await page.goBack();
    expect(await searchDone(page, "attention")).toBe(attention);
    expect(await input.inputValue()).toBe("attention");
    expect(await page.title()).toBe("“attention” · Search · Paper archive");
    expect(new URL(page.url()).search).toBe("?q=attention");
    await page.goForward();
    await page.goForward();
    expect(await searchDone(page, "low-rank")).toBe(narrowed);
    expect(await page.locator("#topic").inputValue()).toBe("scaling-laws");
    await closeWithoutErrors();
  });

  it('brings back every result shown with "Show more" and the scroll position after Back from a result', async () => {
    await openPage("search/?q=a");
    await page.setViewportSize({ width: 800, height: 500 });
    const count = await searchDone(page, "a");
    await page.locator("#search-more").click();
    await expect.poll(() => page.locator("#search-results > li").count()).toBe(count);
    const hrefs = await resultHrefs(page);
    const last = page.locator("#search-results > li h2 a").last();
    await last.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => Math.round(scrollY));
    expect(scrolled).toBeGreaterThan(200);
    await page.waitForTimeout(300);
    await Promise.all([page.waitForURL(`**${hrefs.at(-1)}`), last.click()]);
    await page.goBack();
    await expect.poll(() => resultHrefs(page), { timeout: 10_000 }).toEqual(hrefs);
    await expect.poll(() => page.evaluate(() => Math.round(scrollY))).toBe(scrolled);
    expect(await page.locator("#search-more").isHidden()).toBe(true);
    await closeWithoutErrors();
  });

  it("lists searches without words newest first: a topic, a year, papers with code", async () => {
    for (const filter of ["topic=parameter-efficient-fine-tuning", "year=2025", "code=1"]) {
      await openPage(`search/?${filter}`);
      const count = await filterDone(page);
      const dates = await resultDates(page);
      expect(dates, filter).toHaveLength(Math.min(count, RESULTS_PER_PAGE));
      expect(new Set(dates).size, filter).toBeGreaterThan(1);
      expect(dates, filter).toEqual([...dates].sort().reverse());
      await closeWithoutErrors();
    }
    // Oldest first when asked, and the status line says so.
    await openPage("search/?topic=parameter-efficient-fine-tuning&sort=oldest");
    await filterDone(page, "oldest");
    const dates = await resultDates(page);
    expect(dates).toEqual([...dates].sort());
    await closeWithoutErrors();
  });

  it("finds papers by their words, not by the name of a topic they are filed under", async () => {
    // The Sparse paper is filed under "Model compression", the captions paper under "Computer
    // vision": neither says "compression" or "vision".
    await openPage("search/");
    expect(await typeQuery(page, "compression")).toBe(0);
    expect(await typeQuery(page, "vision")).toBe(0);
    expect(await typeQuery(page, "architectures")).toBe(0);
    // The topic is still a filter.
    await openPage("search/?topic=model-compression");
    expect(await filterDone(page)).toBe(1);
    expect(await resultTitles(page)).toEqual([SPARSE_TITLE]);
    await closeWithoutErrors();
  });

  it("shows an excerpt of the abstract, not the title or the topics, with the query marked", async () => {
    await openPage("search/");
    expect(await typeQuery(page, "minimisation")).toBe(1);
    const result = page.locator("#search-results > li").first();
    const excerpt = result.locator("p:not(.meta)");
    expect(await excerpt.textContent()).toBe(
      "We recover sparse signals with ℓ₁ minimisation in O(n log n) time. Code: https://github.com/example/l1-recovery.",
    );
    expect(await excerpt.locator("mark").allTextContents()).toEqual(["minimisation"]);
    // A word of the title only: the abstract's beginning, nothing marked in it.
    expect(await typeQuery(page, "cost")).toBe(2);
    expect(await resultTitles(page)).toEqual([SPARSE_TITLE, MERGING_TITLE]);
    expect(await excerpt.textContent()).toMatch(/^We recover sparse signals with/u);
    expect(await excerpt.locator("mark").count()).toBe(0);
    expect(await result.locator("h2 mark").allTextContents()).toEqual(["Cost"]);
    await closeWithoutErrors();
  });

  it.each([
    ["扩散", "a word inside the title"],
    ["图像生成", "the title's last two words"],
    ["模型", "a word in the title and the abstract"],
    ["方法用于", "words inside the abstract"],
  ])("finds a Chinese paper by %s (%s)", async (query) => {
    await openPage("search/");
    expect(await typeQuery(page, query)).toBe(1);
    expect(await resultTitles(page)).toEqual(["基于扩散模型的图像生成"]);
    const excerpt = page.locator("#search-results > li").first().locator("p:not(.meta)");
    // Shown as written: no spaces between the characters.
    expect(await excerpt.textContent()).toBe(
      "我们提出一种新的扩散模型(diffusion model)方法用于图像生成。",
    );
    expect((await excerpt.locator("mark").allTextContents()).join("")).toContain(query.slice(0, 1));
    await closeWithoutErrors();
  });

  it("says when it found only words like the query's, and shows nothing for a letter in common", async () => {
    await openPage("search/");
    await page.locator("#q").pressSequentially("mergers", { delay: 20 });
    await expect
      .poll(async () => (await page.locator("#search-status").textContent())?.trim(), {
        timeout: 10_000,
      })
      .toBe("No exact match for “mergers”; showing 1 paper with similar words.");
    expect(await resultTitles(page)).toEqual([MERGING_TITLE]);
    // "a", "<a" and "github.com" begin like these, and nothing more.
    expect(await typeQuery(page, "architectures")).toBe(0);
    expect(await typeQuery(page, "compression")).toBe(0);
    expect(await typeQuery(page, "xyzzy")).toBe(0);
    await closeWithoutErrors();
  });

  it("searches in a worker of its own that sends only the results shown, and moves nothing in view", async () => {
    const { page: fresh, errors: freshErrors } = await site.newPage();
    await fresh.addInitScript(() => {
      const shifts: number[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          shifts.push(entry.value);
        }
      }).observe({ type: "layout-shift", buffered: true });
      // Every message a worker posts to the page, as the page's thread receives it.
      const received: unknown[] = [];
      const PageWorker = Worker;
      window.Worker = class extends PageWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener("message", (event) => received.push(event.data));
        }
      };
      Object.assign(window, { shifts, received });
    });
    const workers: string[] = [];
    fresh.on("worker", (worker) => workers.push(new URL(worker.url()).pathname));
    await fresh.goto(site.address(`${build.base}search/?q=a`));
    const count = await searchDone(fresh, "a");
    expect(count).toBeGreaterThan(RESULTS_PER_PAGE);
    // Ours, a bundled script of the site: Pagefind's own worker is never started.
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(
      new RegExp(`^${escapeRegExp(build.base)}_astro/search-worker[^/]*\\.js$`, "u"),
    );
    // The page's thread received the results it lists and nothing more: none of the others'
    // data, nor their number one by one.
    const received = await fresh.evaluate(
      () => (window as unknown as { received: { items?: { url: string }[] }[] }).received,
    );
    const sent = received.flatMap((message) => message.items ?? []).map((item) => item.url);
    expect(sent).toEqual(await resultHrefs(fresh));
    expect(JSON.stringify(received).length).toBeLessThan(1_000 * RESULTS_PER_PAGE);
    const shifts = await fresh.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts).toEqual([]);
    expect(freshErrors).toEqual([]);
    await fresh.close();
  });

  it.runIf(build.base !== "/")(
    "shows the newest part's results first, says it is still searching, then adds older ones below",
    async () => {
      const { page: slow, errors: slowErrors } = await site.newPage();
      // A slow link, so that each stage stands long enough to be seen.
      const cdp = await slow.context().newCDPSession(slow);
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: 400,
        downloadThroughput: 200_000,
        uploadThroughput: 100_000,
      });
      await slow.goto(site.address(`${build.base}search/?q=we`));
      const status = slow.locator("#search-status");
      const list = slow.locator("#search-results");
      await expect
        .poll(async () => (await status.textContent())?.trim(), { timeout: 20_000 })
        .toMatch(/^\d+ papers? found so far; searching older years…$/u);
      expect(await list.getAttribute("aria-busy")).toBe("true");
      // The first results come from the newest part alone: January 2025 (a part per month here).
      const early = await resultHrefs(slow);
      expect(early.length).toBeGreaterThan(0);
      expect((await resultDates(slow)).every((date) => date.startsWith("2025-01"))).toBe(true);
      const total = await searchDone(slow, "we");
      expect(await list.getAttribute("aria-busy")).toBeNull();
      expect((await resultDates(slow)).some((date) => date.startsWith("2024-12"))).toBe(true);
      const all = await resultHrefs(slow);
      expect(total).toBeGreaterThan(early.length);
      // What the reader was looking at did not move.
      expect(all.slice(0, early.length)).toEqual(early);
      expect(slowErrors).toEqual([]);
      await slow.close();
    },
  );
});
