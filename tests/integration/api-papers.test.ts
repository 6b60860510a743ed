/**
 * Papers from the JSON digest 2025-01-04.json (the Daily Papers API's records) in both fixture
 * builds: authors with the rest folded after ten, arXiv, PDF, Hugging Face, code and project links,
 * the generated summary, arXiv citations and metadata, /arxiv/<id>/ pages, the day in upvote order,
 * feeds naming authors, search text, and the record's markup shown as text, never run.
 */

import type { HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { spaceCjkCharacters } from "../../src/search/cjk-characters.ts";
import {
  API_PAPERS,
  BUILDS,
  CAPTIONS,
  HOLOGRAPHIC,
  MERGING,
  MULTILINGUAL,
  NEWEST_FIRST,
  one,
  page,
  pagePathsIn,
  paperLinks,
  RLHF,
  ROUTING,
  readFeed,
  title,
} from "../support/fixture-site.ts";
import { readPagefindFragments, readPaperFiles, startTags, textOf } from "../support/site-files.ts";

/** Each dt of the page's link groups with the href and text of every link after it. */
function linkGroups(root: HTMLElement): [string, [string | undefined, string | undefined][]][] {
  const groups: [string, [string | undefined, string | undefined][]][] = [];
  for (const child of one(root, "main dl.link-groups").children) {
    if (child.tagName === "DT") groups.push([textOf(child) ?? "", []]);
    else {
      const links = child.querySelectorAll("a").map((a) => [a.getAttribute("href"), textOf(a)]);
      groups.at(-1)?.[1].push(...(links as [string | undefined, string | undefined][]));
    }
  }
  return groups;
}

function metaTags(root: HTMLElement, prefix: string): [string | undefined, string | undefined][] {
  return root
    .querySelectorAll(`meta[name^="${prefix}"]`)
    .map((meta) => [meta.getAttribute("name"), meta.getAttribute("content")]);
}

function jsonLd(html: string): unknown {
  const blocks = [
    ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script/giu),
  ].map((match) => match[1] ?? "");
  expect(blocks).toHaveLength(1);
  expect(blocks[0]).not.toContain("<");
  return JSON.parse(blocks[0] ?? "");
}

describe.each(BUILDS)("the $name build's papers from a JSON digest", ({ build, base, prefix }) => {
  const papers = readPaperFiles(build.root);
  const paperUrl = (slug: string) => `${prefix}papers/${slug}/`;

  it("the split stored each record's keys in the paper file; javascript: links it left out", () => {
    for (const [slug, api] of Object.entries(API_PAPERS)) {
      const { arxivId, authors, arxivDate, code, projectPage, aiSummary } = papers.get(slug) ?? {};
      expect({ arxivId, authors, arxivDate, code, projectPage, aiSummary }, slug).toEqual({
        arxivId: api.arxivId,
        authors: api.authors,
        arxivDate: api.arxivDate,
        code: api.code,
        projectPage: api.projectPage,
        aiSummary: api.aiSummary,
      });
    }
    // The pasted RLHF paper keeps its first listing and gains the JSON digest's day.
    expect(papers.get(RLHF)?.dates).toEqual(["2025-01-02", "2025-01-04"]);
    expect(papers.get(MERGING)?.arxivId).toBeUndefined();
  });

  describe("paper pages", () => {
    it("show every author in order, ten and then the other four folded in a details element", () => {
      const { root } = page(build, `papers/${ROUTING}/`);
      const authors = one(root, "article .authors");
      const names = API_PAPERS[ROUTING]?.authors ?? [];
      expect(names).toHaveLength(14);
      // The first paragraph is the shown list; the folded one comes after it, in the details.
      expect(textOf(one(authors, "p"))).toBe(names.slice(0, 10).join(", "));
      const details = one(authors, "details");
      expect(details.hasAttribute("open")).toBe(false);
      expect(textOf(one(details, "summary"))).toBe("and 4 more");
      expect(textOf(one(details, "p"))).toBe(names.slice(10).join(", "));
      expect(textOf(one(authors, "h2.visually-hidden"))).toBe("Authors");
    });

    it("show four authors in any script without a fold, and none for a pasted paper", () => {
      const authors = one(page(build, `papers/${MULTILINGUAL}/`).root, "article .authors");
      expect(authors.querySelectorAll("p").map(textOf)).toEqual([
        "Zoë Lefèvre, 王思远, Айгерим Садыкова, Mateo García-López",
      ]);
      expect(authors.querySelector("details")).toBeNull();
      expect(page(build, `papers/${MERGING}/`).root.querySelector(".authors")).toBeNull();
    });

    it("link the paper on arXiv, as a PDF and on Hugging Face, its code and its project page", () => {
      expect(linkGroups(page(build, `papers/${MULTILINGUAL}/`).root).slice(0, 3)).toEqual([
        [
          "arXiv",
          [
            ["https://arxiv.org/abs/2501.01234", "arXiv:2501.01234"],
            ["https://arxiv.org/pdf/2501.01234", "PDF"],
            ["https://huggingface.co/papers/2501.01234", "Hugging Face"],
          ],
        ],
        [
          "Code",
          [
            [
              "https://github.com/example-speech/polyglot-asr",
              "github.com/example-speech/polyglot-asr",
            ],
          ],
        ],
        [
          "Project and other pages",
          [["https://example.org/polyglot-asr/", "example.org/polyglot-asr/"]],
        ],
      ]);
      // An old-style id keeps its slash in every address.
      expect(linkGroups(page(build, `papers/${HOLOGRAPHIC}/`).root)[0]).toEqual([
        "arXiv",
        [
          ["https://arxiv.org/abs/hep-th/9901001", "arXiv:hep-th/9901001"],
          ["https://arxiv.org/pdf/hep-th/9901001", "PDF"],
          ["https://huggingface.co/papers/hep-th/9901001", "Hugging Face"],
        ],
      ]);
    });

    it("show Hugging Face's summary as generated", () => {
      const { root } = page(build, `papers/${ROUTING}/`);
      const section = one(root, 'section[aria-labelledby="ai-summary"]');
      expect(textOf(one(section, "h2#ai-summary"))).toBe("Summary by Hugging Face (generated)");
      expect(textOf(one(section, "p"))).toBe(API_PAPERS[ROUTING]?.aiSummary);
      expect(page(build, `papers/${HOLOGRAPHIC}/`).root.querySelector("#ai-summary")).toBeNull();
      expect(page(build, `papers/${MERGING}/`).root.querySelector("#ai-summary")).toBeNull();
    });

    it("show the record's markup as text: no element, no script, no javascript: link", () => {
      const { html, root } = page(build, `papers/${CAPTIONS}/`);
      const api = API_PAPERS[CAPTIONS];
      expect(textOf(one(root, "h1"))).toBe(title(CAPTIONS));
      expect(textOf(one(root, "article .authors > p"))).toBe(api?.authors.join(", "));
      expect(textOf(one(root, 'section[aria-labelledby="ai-summary"] p'))).toBe(api?.aiSummary);
      expect(html).toContain("Priya Raman, &lt;img src=x onerror=alert(&quot;author&quot;)&gt;");
      const tags = startTags(html);
      expect(tags.filter((tag) => tag.name === "img")).toEqual([]);
      expect(
        tags
          .filter((tag) => tag.name === "script")
          .map((tag) => Object.fromEntries(tag.attributes)["type"]),
      ).toEqual(["application/ld+json", "module"]);
      expect(
        tags
          .flatMap((tag) => tag.attributes.map(([name]) => name))
          .filter((name) => /^on/iu.test(name)),
      ).toEqual([]);
      expect(html).not.toMatch(/javascript:/iu);
      // The record's githubRepo and projectPage were javascript: URLs: no code or project group.
      expect(linkGroups(root).map(([group]) => group)).toEqual(["arXiv", "Find this title on"]);
    });
  });

  describe("citations", () => {
    /** The BibTeX entry a paper's page shows. */
    const shownBibtex = (slug: string) =>
      one(page(build, `papers/${slug}/`).root, "pre#bibtex").textContent;

    it.each([
      [
        MULTILINGUAL,
        [
          "@misc{lefevre2025multilingual,",
          "  title = {{Multilingual Speech Recognition for Low-Resource Languages}},",
          "  author = {Zoë Lefèvre and 王思远 and Айгерим Садыкова and Mateo García-López},",
          "  year = {2025},",
          "  month = jan,",
          "  eprint = {2501.01234},",
          "  archivePrefix = {arXiv},",
          "  url = {https://arxiv.org/abs/2501.01234},",
          "}",
        ],
      ],
      [
        HOLOGRAPHIC,
        [
          "@misc{souza1999holographic,",
          "  title = {{Holographic Entanglement Bounds in Toy Universes}},",
          "  author = {Ana Souza and Juan Pérez},",
          "  year = {1999},",
          "  month = jan,",
          "  eprint = {hep-th/9901001},",
          "  archivePrefix = {arXiv},",
          "  url = {https://arxiv.org/abs/hep-th/9901001},",
          "}",
        ],
      ],
    ])("BibTeX of %s, with an arXiv id, is an arXiv entry with its authors", (slug, lines) => {
      expect(shownBibtex(slug)).toBe(`${lines.join("\n")}\n`);
    });

    it("BibTeX names every one of many authors and braces a team's name", () => {
      expect(shownBibtex(ROUTING)).toContain(
        " and Søren Lindqvist and {Routing and Evaluation Team}},\n",
      );
    });

    it("BibTeX of a paper only pasted digests list cites this site, as before", () => {
      expect(shownBibtex(MERGING)).toBe(
        [
          "@misc{model-merging-by-weight-averaging,",
          "  title = {{Model Merging by Weight Averaging}},",
          "  year = {2025},",
          "  month = jan,",
          `  howpublished = {\\url{${paperUrl(MERGING)}}},`,
          `  url = {${paperUrl(MERGING)}},`,
          "  note = {Listed in the paper digest of 2025-01-03},",
          "}",
          "",
        ].join("\n"),
      );
    });

    it("Scholar's tags name the authors in order, arXiv's date, the id and the PDF", () => {
      expect(metaTags(page(build, `papers/${MULTILINGUAL}/`).root, "citation_")).toEqual([
        ["citation_title", "Multilingual Speech Recognition for Low-Resource Languages"],
        ["citation_author", "Zoë Lefèvre"],
        ["citation_author", "王思远"],
        ["citation_author", "Айгерим Садыкова"],
        ["citation_author", "Mateo García-López"],
        ["citation_publication_date", "2025/01/02"],
        ["citation_online_date", "2025/01/04"],
        ["citation_arxiv_id", "2501.01234"],
        ["citation_pdf_url", "https://arxiv.org/pdf/2501.01234"],
      ]);
      // The enriched paper: online since its first, pasted listing.
      expect(metaTags(page(build, `papers/${RLHF}/`).root, "citation_")).toEqual([
        ["citation_title", "Reinforcement Learning from Human Feedback, Revisited"],
        ["citation_author", "Jonas Berg"],
        ["citation_author", "Amara Okafor"],
        ["citation_publication_date", "2024/12/30"],
        ["citation_online_date", "2025/01/02"],
        ["citation_arxiv_id", "2501.00777"],
        ["citation_pdf_url", "https://arxiv.org/pdf/2501.00777"],
      ]);
      expect(metaTags(page(build, `papers/${MERGING}/`).root, "citation_")).toEqual([
        ["citation_title", "Model Merging by Weight Averaging"],
        ["citation_online_date", "2025/01/03"],
      ]);
    });

    it("JSON-LD names the authors as people and the arXiv page as the same work", () => {
      expect(jsonLd(page(build, `papers/${MULTILINGUAL}/`).html)).toEqual({
        "@context": "https://schema.org",
        "@type": "ScholarlyArticle",
        headline: "Multilingual Speech Recognition for Low-Resource Languages",
        author: API_PAPERS[MULTILINGUAL]?.authors.map((name) => ({ "@type": "Person", name })),
        url: paperUrl(MULTILINGUAL),
        sameAs: "https://arxiv.org/abs/2501.01234",
        keywords: "",
        sdDatePublished: "2025-01-04",
      });
      const captions = jsonLd(page(build, `papers/${CAPTIONS}/`).html) as Record<string, unknown>;
      expect(captions["headline"]).toBe(title(CAPTIONS));
      expect(captions["author"]).toEqual(
        API_PAPERS[CAPTIONS]?.authors.map((name) => ({ "@type": "Person", name })),
      );
    });
  });

  describe("/arxiv/<id>/ pages", () => {
    it.each([
      [MULTILINGUAL, "arxiv/2501.01234/"],
      [HOLOGRAPHIC, "arxiv/hep-th/9901001/"],
    ])("lead to %s at once, with a link, and are not for search engines", (slug, path) => {
      const { root } = page(build, path);
      const target = `${base}papers/${slug}/`;
      expect(one(root, 'meta[http-equiv="refresh"]').getAttribute("content")).toBe(
        `0; url=${target}`,
      );
      expect(
        root.querySelectorAll('link[rel="canonical"]').map((link) => link.getAttribute("href")),
      ).toEqual([paperUrl(slug)]);
      expect(
        root.querySelectorAll('meta[name="robots"]').map((meta) => meta.getAttribute("content")),
      ).toEqual(["noindex"]);
      const main = one(root, "main");
      expect(textOf(one(main, "h1"))).toBe(`arXiv:${API_PAPERS[slug]?.arxivId}`);
      expect(paperLinks(main, base)).toEqual([slug]);
      expect(textOf(one(main, "p"))).toBe(`This paper's page: ${title(slug)}`);
      expect(root.querySelectorAll("[data-pagefind-body]")).toHaveLength(0);
    });

    it("exist for every arXiv id in the archive and nothing else, none in the search index", () => {
      expect(pagePathsIn(build, "arxiv/")).toEqual(
        Object.values(API_PAPERS)
          .map((api) => `arxiv/${api.arxivId}/`)
          .sort(),
      );
      const urls = readPagefindFragments(build.dist).map((fragment) => fragment.url);
      expect(urls.filter((url) => url.includes("/arxiv/"))).toEqual([]);
    });
  });

  it("the day of the JSON digest lists its papers by upvotes, most first", () => {
    const list = one(page(build, "dates/2025/01/04/").root, "main ol.paper-list");
    expect(list.querySelectorAll("li > h2 > a").map((link) => textOf(link))).toEqual([
      "Routing a Mixture of Experts at Trillion-Token Scale",
      "Multilingual Speech Recognition for Low-Resource Languages",
      '<script>alert("title")</script> Captions That <img src=x onerror=alert(1)> Break Viewers',
      "Reinforcement Learning from Human Feedback, Revisited",
      "Holographic Entanglement Bounds in Toy Universes",
    ]);
  });

  it("feeds name each paper's authors as dc:creator, in order, and stay well-formed", () => {
    const feed = readFeed(build.dist, "rss.xml");
    expect(feed.namespaces["xmlns:dc"]).toBe("http://purl.org/dc/elements/1.1/");
    expect(feed.items.map((item) => item.creators)).toEqual(
      NEWEST_FIRST.map((slug) => [...(API_PAPERS[slug]?.authors ?? [])]),
    );
    // The markup in an author's name is text in the XML.
    expect(feed.text).toContain(
      "<dc:creator>&lt;img src=x onerror=alert(&quot;author&quot;)&gt;</dc:creator>",
    );
    const topic = readFeed(build.dist, "topics/reinforcement-learning/rss.xml");
    expect(topic.items.map((item) => [item.link, item.creators])).toEqual([
      [paperUrl(RLHF), ["Jonas Berg", "Amara Okafor"]],
    ]);
    // A feed with no author declares no namespace for them, as before.
    const merging = readFeed(build.dist, "topics/model-merging/rss.xml");
    expect(merging.items.map((item) => item.link)).toEqual([paperUrl(MERGING)]);
    expect(merging.namespaces).toEqual({});
  });

  it("search indexes every author's name, folded ones included, and not the generated summary", () => {
    const content = new Map(
      readPagefindFragments(build.dist).map((fragment) => [fragment.url, fragment.content]),
    );
    for (const [slug, api] of Object.entries(API_PAPERS)) {
      const text = content.get(`/papers/${slug}/`) ?? "";
      // Each Chinese or Japanese character is a word of its own in the index.
      for (const name of api.authors) {
        expect(text, `${slug}: ${name}`).toContain(spaceCjkCharacters(name));
      }
      if (api.aiSummary) expect(text, slug).not.toContain(api.aiSummary);
      expect(text, slug).not.toMatch(/Summary by Hugging Face|and 4 more|\bAuthors\b/u);
    }
  });
});
