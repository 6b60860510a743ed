/** The built site in a real browser: it loads without errors and unknown paths get the 404 page. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type ServedSite, serveSite } from "../support/browser.ts";

describe("the built site in Chromium", () => {
  let browser: Browser;
  let site: ServedSite;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveSite()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()]);
  });

  it("shows the home page with no console errors", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    const response = await page.goto(site.url);
    expect(response?.status()).toBe(200);
    expect(await page.locator("h1").first().textContent()).toBe("Paper archive");
    expect(errors).toEqual([]);
  });
});
