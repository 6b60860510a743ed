/**
 * Accessibility of the example site (the project's own dist/, 64 real papers): no axe-core
 * violations on any kind of page in the light and dark schemes, and keyboard use with a skip link
 * and a visible focus outline.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers.ts";
import {
  axeViolations,
  collectErrors,
  launchBrowser,
  type ServedSite,
  serveSite,
} from "./browser.ts";

const DIST = join(PROJECT_ROOT, "dist");

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

describe("accessibility of the example site", () => {
  let browser: Browser;
  let site: ServedSite;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveSite(DIST)]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()]);
  });

  async function open(path: string, colorScheme: "light" | "dark" = "light"): Promise<Page> {
    const page = await browser.newPage({ colorScheme });
    await page.goto(new URL(path, site.url).href);
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
    expect(new URL(page.url()).hash).toBe("#content");
    // The next Tab lands inside the main content, not back in the header.
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement)),
    ).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ["paper", `papers/${paper}/`],
    ["search", "search/?q=low-rank"],
  ])("shows a visible focus outline on every element Tab reaches (%s page)", async (_, path) => {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await open(path, colorScheme);
      const seen: string[] = [];
      for (let step = 0; step < 40; step++) {
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
        expect(focus.visible, `${focus.label} in ${colorScheme}: outline ${focus.outline}`).toBe(
          true,
        );
      }
      expect(seen.length).toBeGreaterThan(5);
      await page.close();
    }
  });
});
