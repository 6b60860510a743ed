/**
 * Accessibility of the example site (the project's own dist/, 64 real papers): no axe-core
 * violations on any kind of page in the light and dark schemes, and keyboard use with a skip link
 * and a visible focus outline. The fixture's paper with math, code, several listings and related
 * papers shows every section a paper page can have, copy button included: it gets the same checks,
 * and so does its paper from a JSON digest with fourteen authors, the last four folded.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../support/archive.ts";
import { axeViolations, collectErrors, siteInBrowser } from "../support/browser.ts";

const DIST = join(PROJECT_ROOT, "dist");
const sites = inject("sites");

/** The first entry of a built folder, in name order: a page that exists whatever the content. */
function firstDir(...parts: string[]): string {
  const names = readdirSync(join(DIST, ...parts), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const name = names[0];
  if (name === undefined) throw new Error(`dist/${parts.join("/")} has no subfolder`);
  return name;
}

const year = firstDir("dates");
const month = firstDir("dates", year);
const day = firstDir("dates", year, month);
const paper = firstDir("papers");

/** One page of each kind, as paths relative to the site's base. */
const PAGES: [kind: string, path: string][] = [
  ["home", ""],
  ["paper", `papers/${paper}/`],
  ["paper with math", "papers/scaling-diffusion-transformers-efficiently-via-mup/"],
  ["topic index", "topics/"],
  ["topic", "topics/parameter-efficient-fine-tuning/"],
  ["dates index", "dates/"],
  ["year", `dates/${year}/`],
  ["month", `dates/${year}/${month}/`],
  ["day", `dates/${year}/${month}/${day}/`],
  ["search with results", "search/?q=low-rank"],
  ["not found", "no-such-page/"],
];

/**
 * Tab from the top of a fresh page: the skip link comes first and shows, Enter follows it, and
 * the next Tab lands inside the main content, not back in the header.
 */
async function expectSkipLinkFirst(page: Page): Promise<void> {
  const errors = collectErrors(page);
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const box = element?.getBoundingClientRect();
    return {
      text: element?.textContent?.trim(),
      href: element?.getAttribute("href"),
      visible: box !== undefined && box.width > 1 && box.height > 1 && box.top >= 0,
    };
  });
  expect(focused).toEqual({ text: "Skip to content", href: "#content", visible: true });
  await page.keyboard.press("Enter");
  // Following a fragment link is a navigation of its own: the URL changes a moment later.
  await expect.poll(() => new URL(page.url()).hash).toBe("#content");
  await page.keyboard.press("Tab");
  expect(
    await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement)),
  ).toBe(true);
  expect(errors).toEqual([]);
}

/**
 * Tabs through the page (at most 60 stops) and expects a visible outline on every element that
 * takes focus; returns the elements reached, as labels.
 */
async function focusOutlines(page: Page, colorScheme: string): Promise<string[]> {
  const seen: string[] = [];
  for (let step = 0; step < 60; step++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const label = `${element.localName}${element.id ? `#${element.id}` : ""} "${(element.textContent ?? "").trim().slice(0, 40)}"`;
      return {
        label,
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        visible:
          style.outlineStyle !== "none" &&
          Number.parseFloat(style.outlineWidth) > 0 &&
          style.outlineColor !== "rgba(0, 0, 0, 0)" &&
          style.outlineColor !== style.backgroundColor,
      };
    });
    if (!focus) break;
    if (seen.includes(focus.label)) break;
    seen.push(focus.label);
    expect(focus.visible, `${focus.label} in ${colorScheme}: outline ${focus.outline}`).toBe(true);
  }
  return seen;
}

describe("accessibility of the example site", () => {
  const site = siteInBrowser({ dist: DIST, base: "/" });

  async function open(path: string, colorScheme: "light" | "dark" = "light"): Promise<Page> {
    const { page } = await site.open(path, { colorScheme });
    if (path.startsWith("search/")) {
      await expect
        .poll(() => page.locator("#search-status").textContent(), { timeout: 10_000 })
        .toMatch(/papers? found/u);
      expect(await page.locator("#search-results > li").count()).toBeGreaterThan(0);
    }
    return page;
  }

  for (const colorScheme of ["light", "dark"] as const) {
    it.each(PAGES)(`has no axe violations on the %s page (${colorScheme})`, async (_, path) => {
      const page = await open(path, colorScheme);
      expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(
        colorScheme === "dark",
      );
      expect(await axeViolations(page), `${path} in the ${colorScheme} scheme`).toEqual([]);
      await page.close();
    });
  }

  it("uses different colours in the dark scheme", async () => {
    const colours = async (scheme: "light" | "dark") => {
      const page = await open("", scheme);
      const style = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        return [body.color, body.backgroundColor];
      });
      await page.close();
      return style;
    };
    expect(await colours("dark")).not.toEqual(await colours("light"));
  });

  it("offers a skip link first on a paper page, and it moves focus to the content", async () => {
    const page = await open(`papers/${paper}/`);
    await expectSkipLinkFirst(page);
    await page.close();
  });

  it.each([
    ["paper", `papers/${paper}/`],
    ["search", "search/?q=low-rank"],
  ])("shows a visible focus outline on every element Tab reaches (%s page)", async (_, path) => {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await open(path, colorScheme);
      expect((await focusOutlines(page, colorScheme)).length).toBeGreaterThan(5);
      await page.close();
    }
  });
});

describe("accessibility of a paper page with every section (fixture build)", () => {
  const SPARSE = "papers/sparse-ell-1-recovery-at-o-n-log-n-cost/";
  const site = siteInBrowser(sites.root);

  async function open(colorScheme: "light" | "dark" = "light"): Promise<Page> {
    const { page, status } = await site.open(SPARSE, { colorScheme });
    expect(status).toBe(200);
    // Every section is there, and the script has shown the copy button.
    for (const selector of [
      "main h1 math",
      "main .abstract math",
      "main dl.link-groups",
      "main pre#bibtex",
      "main button[data-copy]",
      'main section[aria-labelledby="provenance"] li',
      'main section[aria-labelledby="related"] .paper-list li',
    ]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    return page;
  }

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations (${colorScheme})`, async () => {
      const page = await open(colorScheme);
      expect(await axeViolations(page), `${SPARSE} in the ${colorScheme} scheme`).toEqual([]);
      await page.close();
    });
  }

  it("offers the skip link first, and it moves focus to the content", async () => {
    const page = await open();
    await expectSkipLinkFirst(page);
    await page.close();
  });

  it("shows a visible focus outline on every element Tab reaches, the copy button included", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await open(colorScheme);
      const reached = await focusOutlines(page, colorScheme);
      expect(reached).toContain('button "Copy BibTeX"');
      await page.close();
    }
  });
});

describe("accessibility of a numbered topic page (fixture build with pages of one paper)", () => {
  const PAGE_TWO = "topics/parameter-efficient-fine-tuning/2/";
  const site = siteInBrowser(sites.project);

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations, with its dates and both page links (${colorScheme})`, async () => {
      const { page, status } = await site.open(PAGE_TWO, { colorScheme });
      expect(status).toBe(200);
      expect(await page.locator("main .meta time").allTextContents()).toEqual(["2 January 2025"]);
      const pages = page.getByRole("navigation", { name: "Pages" });
      expect(await pages.getByRole("link").allTextContents()).toEqual(["← Newer", "Older →"]);
      expect(await axeViolations(page), `${PAGE_TWO} in the ${colorScheme} scheme`).toEqual([]);
      await page.close();
    });
  }
});

describe("accessibility of a paper page from a JSON digest (fixture build)", () => {
  const ROUTING = "papers/routing-a-mixture-of-experts-at-trillion-token-scale/";
  const site = siteInBrowser(sites.root);

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations, its authors' fold closed and open (${colorScheme})`, async () => {
      const { page, status } = await site.open(ROUTING, { colorScheme });
      expect(status).toBe(200);
      for (const selector of ["main .authors p", "main #ai-summary", "main dl.link-groups"]) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
      }
      expect(await axeViolations(page), `${ROUTING} in the ${colorScheme} scheme`).toEqual([]);
      await page.locator("main .authors summary").click();
      expect(await page.locator("main .authors details p").isVisible()).toBe(true);
      expect(await axeViolations(page), `${ROUTING}, fold open, ${colorScheme}`).toEqual([]);
      await page.close();
    });
  }

  it("reaches the fold's summary with Tab, shows its outline, and opens it with Enter", async () => {
    const { page } = await site.open(ROUTING);
    const reached = await focusOutlines(page, "light");
    expect(reached).toContain('summary "and 4 more"');
    await page.locator("main .authors summary").focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("main .authors details").getAttribute("open")).toBe("");
    await page.close();
  });
});
