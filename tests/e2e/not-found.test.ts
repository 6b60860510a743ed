/**
 * Unknown addresses get the site's own 404 page with status 404, as GitHub Pages serves it, and
 * that page's styles and links work at any depth under the base path.
 */
import { describe, expect, inject, it } from "vitest";
import { siteInBrowser } from "../support/browser.ts";

const sites = inject("sites");

describe.each([
  ["at the domain root", sites.root],
  ["under a project base path", sites.project],
])("the 404 page %s", (_, build) => {
  const site = siteInBrowser(build);

  it.each(["no-such-page/", "papers/no-such-paper/", "topics/no-such-topic/2/", "dates/1999/"])(
    "answers %s with status 404 and the site's 404 page",
    async (path) => {
      const page = await site.browser.newPage();
      const address = site.address(path);
      expect(address.startsWith(`${new URL(site.url).origin}${build.base}`)).toBe(true);
      const failures: string[] = [];
      page.on("response", (response) => {
        if (response.status() >= 400 && response.url() !== address) {
          failures.push(`${response.status()} ${response.url()}`);
        }
      });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));

      const response = await page.goto(address);
      expect(response?.status()).toBe(404);
      expect(await page.title()).toBe("Page not found · Paper archive");
      expect(await page.locator("main h1").textContent()).toBe("Page not found");
      // Its stylesheet loaded: the skip link is moved out of sight until focused.
      expect(
        await page
          .locator(".skip-link")
          .evaluate((link) => link.getBoundingClientRect().bottom <= 0),
      ).toBe(true);
      // Its links lead back into the site, under the base path.
      const links = await page
        .locator("main a")
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
      expect(links).toEqual([
        `${build.base}search/`,
        `${build.base}topics/`,
        `${build.base}dates/`,
      ]);
      expect(failures).toEqual([]);
      expect(errors).toEqual([]);

      await page.locator("main a", { hasText: "Browse by topic" }).click();
      await page.waitForLoadState("load");
      expect(new URL(page.url()).pathname).toBe(`${build.base}topics/`);
      expect(await page.locator("h1").textContent()).toBe("Topics");
      await page.close();
    },
  );
});
