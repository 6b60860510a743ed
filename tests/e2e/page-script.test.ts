/**
 * The small script every page loads, on the fixture archive at the domain root and under a project
 * base path: "/" jumps to the page's search box unless one is typing, and the copy button of a
 * paper page puts its BibTeX on the clipboard (and stays hidden without JavaScript).
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors, siteInBrowser } from "../support/browser.ts";

const sites = inject("sites");

const SPARSE_SLUG = "sparse-ell-1-recovery-at-o-n-log-n-cost";

/** The focused element as `tag#id`, and its selection when it is a text field. */
async function focused(page: Page): Promise<{ id: string; selection?: [number, number] }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    const id = element ? `${element.localName}${element.id ? `#${element.id}` : ""}` : "";
    if (!(element instanceof HTMLInputElement)) return { id };
    return { id, selection: [element.selectionStart ?? -1, element.selectionEnd ?? -1] };
  });
}

describe.each([
  ["at the domain root", sites.root],
  ["under a project base path", sites.project],
])("the page script %s", (_, build) => {
  const site = siteInBrowser(build);

  it.each([
    ["paper", "papers/model-merging-by-weight-averaging/", "site-search"],
    ["topic", "topics/model-compression/", "site-search"],
    ["home", "", "home-search"],
    ["search", "search/", "q"],
  ])(
    '"/" focuses the search box of the %s page; in the box it types a slash',
    async (_, path, id) => {
      const { page, errors, status } = await site.open(path);
      expect(status).toBe(200);
      const box = page.locator(`#${id}`);
      // The page's first search box is the one "/" is meant to reach.
      expect(await page.locator('input[type="search"]').first().getAttribute("id")).toBe(id);
      expect(await focused(page)).toEqual({ id: "body" });

      await page.keyboard.press("/");
      expect(await focused(page)).toEqual({ id: `input#${id}`, selection: [0, 0] });
      expect(await box.inputValue()).toBe("");

      // Inside the box "/" is just a character.
      await page.keyboard.type("a/b");
      expect(await box.inputValue()).toBe("a/b");
      expect((await focused(page)).id).toBe(`input#${id}`);

      // From a link elsewhere on the page, "/" comes back to the box and selects what it holds.
      await page.locator(".skip-link").focus();
      expect((await focused(page)).id).toBe("a");
      await page.keyboard.press("/");
      expect(await focused(page)).toEqual({ id: `input#${id}`, selection: [0, 3] });
      expect(await box.inputValue()).toBe("a/b");

      // With a modifier it is not the shortcut.
      await page.locator(".skip-link").focus();
      await page.keyboard.press("Control+/");
      expect((await focused(page)).id).toBe("a");
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('"/" also works from the search filters that are not text fields', async () => {
    const { page, errors } = await site.open("search/?q=models");
    await expect
      .poll(() => page.locator("#search-status").textContent(), { timeout: 10_000 })
      .toMatch(/found/u);
    // A checkbox takes no text: "/" there should jump to the search box like anywhere else.
    await page.locator("#code").focus();
    await page.keyboard.press("/");
    expect(await focused(page)).toEqual({ id: "input#q", selection: [0, "models".length] });
    expect(await page.locator("#code").isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("copies a paper's BibTeX to the clipboard, the same text as its .bib download", async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(site.url).origin,
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    expect((await page.goto(site.address(`papers/${SPARSE_SLUG}/`)))?.status()).toBe(200);
    const bibtex = (await page.locator("main pre#bibtex").textContent()) ?? "";
    expect(bibtex).toMatch(new RegExp(`^@misc\\{${SPARSE_SLUG},\\n`, "u"));
    expect(bibtex).toContain(`https://example.org${build.base}papers/${SPARSE_SLUG}/`);

    const button = page.locator("main button[data-copy]");
    expect(await button.count()).toBe(1);
    expect(await button.isVisible()).toBe(true);
    expect(await button.textContent()).toBe("Copy BibTeX");
    // Something else is on the clipboard first, so that the copy is seen to happen.
    await page.evaluate(() => navigator.clipboard.writeText("before"));
    await button.click();
    await expect.poll(() => button.textContent(), { timeout: 2_000 }).toBe("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);

    // The download link saves the same entry as <slug>.bib.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("main a[download]").click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${SPARSE_SLUG}.bib`);
    expect(await readFile(await download.path(), "utf8")).toBe(bibtex);

    // The label comes back, and the keyboard works the button too.
    await expect.poll(() => button.textContent(), { timeout: 5_000 }).toBe("Copy BibTeX");
    await page.evaluate(() => navigator.clipboard.writeText("before"));
    await button.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => button.textContent(), { timeout: 2_000 }).toBe("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("hides the copy button without JavaScript and still shows the BibTeX", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    expect((await page.goto(site.address(`papers/${SPARSE_SLUG}/`)))?.status()).toBe(200);
    const button = page.locator("main button[data-copy]");
    expect(await button.count()).toBe(1);
    expect(await button.isHidden()).toBe(true);
    const pre = page.locator("main pre#bibtex");
    expect(await pre.isVisible()).toBe(true);
    expect(await pre.textContent()).toMatch(new RegExp(`^@misc\\{${SPARSE_SLUG},\\n`, "u"));
    const download = page.locator("main a[download]");
    expect(await download.isVisible()).toBe(true);
    // The file is in the link itself: it downloads without JavaScript too.
    const [saved] = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(saved.suggestedFilename()).toBe(`${SPARSE_SLUG}.bib`);
    expect(await readFile(await saved.path(), "utf8")).toBe(await pre.textContent());
    await context.close();
  });
});
