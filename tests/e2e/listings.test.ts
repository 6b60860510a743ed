/**
 * Lists a reader can scan, in Chromium: day, topic and home lists show the start of each abstract
 * under its title (math read as text, markup as text), and the home page shows the newest digests,
 * whole and newest first, until at least SITE.homeMinPapers papers are listed.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SITE } from "../../src/site.config.ts";
import { EXAMPLE_DIGEST, makeArchive } from "../support/archive.ts";
import { siteInBrowser } from "../support/browser.ts";
import { buildSite } from "../support/build-site.ts";
import { ALERT, LONG, PAPERS, SPARSE } from "../support/fixture-site.ts";

const sites = inject("sites");

interface ShownPaper {
  title: string;
  /** The paper's link, relative to the site. */
  href: string;
  excerpt: string | undefined;
  /** Elements inside the excerpt: none, whatever the abstract holds. */
  excerptElements: number;
}

interface ShownDigest {
  heading: string;
  href: string | null;
  papers: ShownPaper[];
}

/** The papers in the lists (`.paper-list`, not related-paper titles) inside each `scope` element. */
function papersIn(page: Page, scope = "main"): Promise<ShownPaper[][]> {
  return page.evaluate(
    (scope) =>
      [...document.querySelectorAll(scope)].map((element) =>
        [...element.querySelectorAll(".paper-list:not(.titles) > li")].map((item) => {
          const link = item.querySelector(":is(h2, h3) a");
          const excerpt = item.querySelector(".excerpt");
          return {
            title: link?.textContent ?? "",
            href: link?.getAttribute("href") ?? "",
            excerpt: excerpt?.textContent ?? undefined,
            excerptElements: excerpt?.childElementCount ?? 0,
          };
        }),
      ),
    scope,
  );
}

/** The papers a page lists. */
async function listedOn(page: Page): Promise<ShownPaper[]> {
  return (await papersIn(page)).flat();
}

/** The home page's digests: each heading's text and link, and the papers listed under it. */
async function digestsOnHome(page: Page): Promise<ShownDigest[]> {
  const headings = await page.evaluate(() =>
    [...document.querySelectorAll("main section.digest")].map((section) => ({
      heading: section.querySelector("h2")?.textContent ?? "",
      href: section.querySelector("h2 a")?.getAttribute("href") ?? null,
    })),
  );
  const papers = await papersIn(page, "main section.digest");
  return headings.map((heading, index) => ({ ...heading, papers: papers[index] ?? [] }));
}

/** The excerpt shown under a paper's title in a list of `page`. */
function excerptOf(papers: ShownPaper[], slug: string): string | undefined {
  return papers.find((paper) => paper.href.endsWith(`/papers/${slug}/`))?.excerpt;
}

/** The date of a day page's link, e.g. "/my-archive/dates/2025/01/04/" → "2025-01-04". */
function dateOf(href: string | null): string {
  const match = /dates\/(\d{4})\/(\d{2})\/(\d{2})\/$/u.exec(href ?? "");
  return match ? `${match[1]}-${match[2]}-${match[3]}` : `not a day page: ${href}`;
}

describe("lists on the fixture site", () => {
  const site = siteInBrowser(sites.root);

  it("a day page shows the exact start of each abstract under its title, math and markup as text", async () => {
    const { page, errors } = await site.open("dates/2024/12/31/");
    const papers = await listedOn(page);
    expect(excerptOf(papers, SPARSE)).toBe(PAPERS[SPARSE]?.abstractMath?.plain);
    expect(excerptOf(papers, SPARSE)).toBe(
      "We recover sparse signals with ℓ₁ minimisation in O(n log n) time. Code: https://github.com/example/l1-recovery.",
    );
    // The abstract's tags are its text: shown as written, no element made of them.
    expect(excerptOf(papers, ALERT)).toBe(PAPERS[ALERT]?.abstract);
    expect(excerptOf(papers, LONG)).toBe(
      "We study low-rank adaptation at scale for large language models.",
    );
    expect(papers.every((paper) => paper.excerptElements === 0)).toBe(true);
    expect(await page.locator("main b, main i, main a[href='https://evil.example']").count()).toBe(
      0,
    );
    expect(errors).toEqual([]);
  });

  it("a topic page shows the start of each abstract under its title", async () => {
    // The sparse paper's topic, as the real taxonomy's phrases give it.
    const { page } = await site.open("topics/model-compression/");
    const papers = await listedOn(page);
    expect(excerptOf(papers, SPARSE)).toBe(PAPERS[SPARSE]?.abstractMath?.plain);
  });

  it("the home page shows every digest, newest first and whole, under headings linking to their days, while fewer than 20 papers are listed", async () => {
    const { page, errors } = await site.open("");
    const digests = await digestsOnHome(page);
    expect(digests.map((digest) => [dateOf(digest.href), digest.heading])).toEqual([
      ["2025-01-04", "4 January 2025"],
      ["2025-01-03", "3 January 2025"],
      ["2025-01-02", "2 January 2025"],
      ["2024-12-31", "31 December 2024"],
    ]);
    const listed = digests.flatMap((digest) => digest.papers);
    expect(listed.length).toBeLessThan(SITE.homeMinPapers);
    // Each digest is its day page's list, in the same order, with the same excerpts.
    for (const digest of digests) {
      const day = await site.newPage();
      await day.page.goto(site.address(digest.href?.replace(/^\//u, "") ?? ""));
      expect(digest.papers, digest.heading).toEqual(await listedOn(day.page));
      await day.page.close();
    }
    expect(excerptOf(listed, SPARSE)).toBe(
      "We recover sparse signals with ℓ₁ minimisation in O(n log n) time. Code: https://github.com/example/l1-recovery.",
    );
    expect(errors).toEqual([]);
  });
});

/**
 * The fixture digests (17 listings), the real example digest (64 papers) pasted on an older day,
 * 2024-12-30, and an even older one-paper digest that the home page no longer needs.
 */
describe("the home page of an archive with more than 20 recent listings", () => {
  let root = "";
  // Set before the browser's hooks read it: they run after this block's beforeAll.
  const built = { dist: "", base: "/" };
  const MUP = "scaling-diffusion-transformers-efficiently-via-mup";
  beforeAll(async () => {
    root = await makeArchive();
    const example = await readFile(EXAMPLE_DIGEST, "utf8");
    await writeFile(
      join(root, "content", "digests", "2024-12-30.txt"),
      example.replace(/^Jul 30$/mu, "Dec 30"),
    );
    await writeFile(
      join(root, "content", "digests", "2024-11-29.txt"),
      "Daily Papers\n\nAn Older Paper on Graph Coloring\n\nWe colour graphs greedily and prove a bound.\n",
    );
    built.dist = join(await mkdtemp(join(tmpdir(), "paper-archive-listings-")), "dist");
    buildSite(root, built.dist);
  });
  afterAll(async () => {
    await Promise.all(
      [root, join(built.dist, "..")].map((dir) => rm(dir, { recursive: true, force: true })),
    );
  });
  const site = siteInBrowser(built);

  it(`lists whole digests, newest first, until at least ${SITE.homeMinPapers} papers are shown`, async () => {
    const { page, errors } = await site.open("");
    const digests = await digestsOnHome(page);
    expect(digests.map((digest) => dateOf(digest.href))).toEqual([
      "2025-01-04",
      "2025-01-03",
      "2025-01-02",
      "2024-12-31",
      "2024-12-30",
    ]);
    const counts = digests.map((digest) => digest.papers.length);
    expect(counts.at(-1)).toBe(64);
    const listed = counts.reduce((sum, count) => sum + count, 0);
    expect(listed).toBeGreaterThanOrEqual(SITE.homeMinPapers);
    // The digests before the last one listed too few: the last one was needed.
    expect(listed - 64).toBeLessThan(SITE.homeMinPapers);
    expect(await page.getByText("An Older Paper on Graph Coloring").count()).toBe(0);
    await page.getByRole("link", { name: "Older digests, by date" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/dates/");
    expect(errors).toEqual([]);
  });

  it("shows the exact start of a real abstract on the home page and its day page", async () => {
    const start =
      "Diffusion Transformers have emerged as the foundation for vision generative models, but their scalability is limited by the high cost of hyperparameter (HP) tuning at large scales. Recently, Maximal Update…";
    const home = await site.open("");
    expect(excerptOf(await listedOn(home.page), MUP)).toBe(start);
    const day = await site.open("dates/2024/12/30/");
    expect(excerptOf(await listedOn(day.page), MUP)).toBe(start);
    // The page holds that much text and no more of the abstract.
    expect(await day.page.content()).not.toContain("Maximal Update Parametrization");
  });

  it.each([
    ["a phone", 390, 3],
    ["a desktop", 1280, 2],
  ])("clamps each excerpt to its first lines on %s", async (_, width, lines) => {
    const { page } = await site.open("dates/2024/12/30/", { viewport: { width, height: 900 } });
    const heights = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".paper-list .excerpt")].map((excerpt) => ({
        shown: excerpt.clientHeight,
        full: excerpt.scrollHeight,
        line: Number.parseFloat(getComputedStyle(excerpt).lineHeight),
      })),
    );
    expect(heights).toHaveLength(64);
    for (const { shown, line } of heights) {
      expect(Math.round(shown / line)).toBeLessThanOrEqual(lines);
    }
    // Most excerpts run longer than that: the clamp, not the cut, decides what shows.
    const clamped = heights.filter(({ shown, full }) => full > shown + 1);
    expect(clamped.length).toBeGreaterThan(32);
  });
});
