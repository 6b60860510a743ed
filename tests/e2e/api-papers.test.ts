/**
 * Papers from the fixture's JSON digest in Chromium, at the domain root and under a project base
 * path: found by an author's name, their pages' authors (the fold opens), arXiv, PDF and code links,
 * /arxiv/<id>/ leading to the paper, and markup from a record shown as text, never run.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { siteInBrowser } from "../support/browser.ts";
import {
  API_PAPERS,
  CAPTIONS,
  HOLOGRAPHIC,
  MULTILINGUAL,
  ROUTING,
  sites,
  title,
} from "../support/fixture-site.ts";
import { resultHrefs, resultTitles, typeQuery } from "../support/search-page.ts";

const ROUTING_AUTHORS = API_PAPERS[ROUTING]?.authors ?? [];

/** Dialogs the page opened (an injected alert would open one), each dismissed. */
function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

describe.each([
  ["at the domain root", sites.root],
  ["under a project base path", sites.project],
])("papers from a JSON digest %s", (_, build) => {
  const site = siteInBrowser(build);
  const paperPath = (slug: string) => `${build.base}papers/${slug}/`;

  it.each([
    ["its first author's Latin surname", "Krishnan", ROUTING],
    ["a folded author's surname", "Lindqvist", ROUTING],
    ["a Chinese author's name", "王思远", MULTILINGUAL],
    ["a Cyrillic surname", "Садыкова", MULTILINGUAL],
    ["an accented surname", "Lefèvre", MULTILINGUAL],
  ])("finds a paper by %s, and only that paper", async (_, query, slug) => {
    const { page, errors } = await site.open("search/");
    expect(await typeQuery(page, query)).toBe(1);
    expect(await resultHrefs(page)).toEqual([paperPath(slug)]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows ten authors, folds four behind a summary that opens, and links arXiv, PDF and Hugging Face", async () => {
    const { page, errors, status } = await site.open(`papers/${ROUTING}/`);
    expect(status).toBe(200);
    expect(ROUTING_AUTHORS).toHaveLength(14);
    const authors = page.locator("article .authors");
    const shown = authors.locator("p").first();
    expect(await shown.isVisible()).toBe(true);
    expect(await shown.textContent()).toBe(ROUTING_AUTHORS.slice(0, 10).join(", "));
    const folded = authors.locator("details p");
    expect(await folded.isVisible()).toBe(false);
    await authors.locator("summary", { hasText: "and 4 more" }).click();
    expect(await folded.isVisible()).toBe(true);
    expect(await folded.textContent()).toBe(ROUTING_AUTHORS.slice(10).join(", "));

    const links = page.locator("main dl.link-groups");
    expect(await links.getByRole("link", { name: "arXiv:2501.02345" }).getAttribute("href")).toBe(
      "https://arxiv.org/abs/2501.02345",
    );
    expect(await links.getByRole("link", { name: "PDF", exact: true }).getAttribute("href")).toBe(
      "https://arxiv.org/pdf/2501.02345",
    );
    expect(
      await links
        .getByRole("link", { name: "Hugging Face", exact: true })
        .first()
        .getAttribute("href"),
    ).toBe("https://huggingface.co/papers/2501.02345");
    expect(await page.locator("#ai-summary").textContent()).toBe(
      "Summary by Hugging Face (generated)",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("links a paper's code repository and project page", async () => {
    const { page, errors } = await site.open(`papers/${MULTILINGUAL}/`);
    const groups = await page
      .locator("main dl.link-groups > dt")
      .evaluateAll((terms) =>
        terms.map((term) => [
          term.textContent?.trim(),
          [...(term.nextElementSibling?.querySelectorAll("a") ?? []).values()].map((a) =>
            a.getAttribute("href"),
          ),
        ]),
      );
    expect(groups.slice(0, 3)).toEqual([
      [
        "arXiv",
        [
          "https://arxiv.org/abs/2501.01234",
          "https://arxiv.org/pdf/2501.01234",
          "https://huggingface.co/papers/2501.01234",
        ],
      ],
      ["Code", ["https://github.com/example-speech/polyglot-asr"]],
      ["Project and other pages", ["https://example.org/polyglot-asr/"]],
    ]);
    expect(await page.locator("article .authors p").textContent()).toBe(
      "Zoë Lefèvre, 王思远, Айгерим Садыкова, Mateo García-López",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("runs nothing from a record: its markup in title, authors, abstract and summary is text", async () => {
    const { page, errors } = await site.newPage();
    const dialogs = collectDialogs(page);
    // Found by search, with its title as text in the results.
    await page.goto(site.address("search/"));
    expect(await typeQuery(page, "payload")).toBe(1);
    expect(await resultTitles(page)).toEqual([title(CAPTIONS)]);
    expect(await page.locator("#search-results img, #search-results script").count()).toBe(0);
    await page.locator("#search-results > li h2 a").first().click();
    await page.waitForURL(`**${paperPath(CAPTIONS)}`);
    await page.waitForLoadState("load");

    expect(await page.locator("h1").textContent()).toBe(title(CAPTIONS));
    expect(await page.locator("article .authors p").textContent()).toBe(
      'Priya Raman, <img src=x onerror=alert("author")>, Tomás Ortega',
    );
    expect(API_PAPERS[CAPTIONS]?.authors[1]).toBe('<img src=x onerror=alert("author")>');
    expect(await page.locator("#ai-summary + p").textContent()).toBe(
      API_PAPERS[CAPTIONS]?.aiSummary,
    );
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll("img").length,
      scripts: [...document.querySelectorAll("script")].map((script) => script.type),
      handlers: [...document.querySelectorAll("*")].flatMap((element) =>
        element.getAttributeNames().filter((name) => name.startsWith("on")),
      ),
      javascriptLinks: [...document.querySelectorAll("a")].filter((a) =>
        a.href.toLowerCase().startsWith("javascript:"),
      ).length,
    }));
    expect(injected).toEqual({
      images: 0,
      scripts: ["application/ld+json", "module"],
      handlers: [],
      javascriptLinks: 0,
    });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ["2501.01234", MULTILINGUAL],
    ["hep-th/9901001", HOLOGRAPHIC],
  ])("/arxiv/%s/ leads to its paper's page without JavaScript", async (id, slug) => {
    const { page, errors } = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.address(`arxiv/${id}/`));
    await page.waitForURL(`**${paperPath(slug)}`);
    expect(new URL(page.url()).pathname).toBe(paperPath(slug));
    expect(await page.locator("article .authors").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
