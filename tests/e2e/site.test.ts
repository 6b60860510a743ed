/** The built site in a real browser: it loads without errors and unknown paths get the 404 page. */
import { describe, expect, it } from "vitest";
import { siteInBrowser } from "../support/browser.ts";

describe("the built site in Chromium", () => {
  const site = siteInBrowser();

  it("shows the home page with no console errors", async () => {
    const { page, errors, status } = await site.open("");
    expect(status).toBe(200);
    expect(await page.locator("h1").first().textContent()).toBe("Paper archive");
    expect(errors).toEqual([]);
  });
});
