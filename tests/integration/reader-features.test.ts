/**
 * What a paper page offers a reader beyond its text, in both fixture builds: link groups, a
 * BibTeX entry and file, citation and sharing metadata, where the paper was listed, related
 * papers, and typeset math wherever a title is shown.
 */
import type { HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { plainText } from "../../src/site/rich-text/math-text.ts";
import type { SiteBuild } from "../support/build-site.ts";
import {
  API_PAPERS,
  BUILDS,
  DAYS,
  expectedPaper,
  expectShown,
  HOLOGRAPHIC,
  isCodeLink,
  MOS,
  MOS2,
  one,
  page,
  pagePathsIn,
  pagesOf,
  paperLinks,
  plainPaper,
  SLUGS,
  SPARSE,
  sites,
  title,
} from "../support/fixture-site.ts";
import { MONTH_NAMES } from "../support/months.ts";
import { isFile, normalize, parseHtml, readPaperFiles, textOf } from "../support/site-files.ts";

/** `2024-12-31` → `31 December 2024`, as pages show dates. */
function longDate(date: string): string {
  const [year, month, day] = date.split("-");
  return `${Number(day)} ${MONTH_NAMES[Number(month) - 1]} ${year}`;
}

/** The digests that list a paper, ascending, from the fixture's own day lists. */
function listedOn(slug: string): string[] {
  return DAYS.filter((day) => (day.slugs as readonly string[]).includes(slug)).map(
    (day) => day.date,
  );
}

/** The `content` of every meta element matching the selector, in document order. */
function metaContents(root: HTMLElement, selector: string): (string | undefined)[] {
  return root.querySelectorAll(selector).map((element) => element.getAttribute("content"));
}

/** Every key of a JSON value, at any depth. */
function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysDeep(inner)]);
  }
  return [];
}

/** A BibTeX entry in this site's layout: `@misc{key,`, one `  name = value,` line each, `}`. */
function parseBibtex(entry: string): { type: string; key: string; fields: Map<string, string> } {
  const lines = entry.split("\n");
  const head = /^@([a-z]+)\{([^,\s]+),$/u.exec(lines[0] ?? "");
  if (!head) throw new Error(`not a BibTeX entry: ${lines[0]}`);
  expect(lines.slice(-2), "the entry ends with } and a newline").toEqual(["}", ""]);
  const fields = new Map<string, string>();
  for (const line of lines.slice(1, -2)) {
    const field = /^ {2}([A-Za-z]+) = (.+),$/u.exec(line);
    if (!field) throw new Error(`not a BibTeX field line: ${line}`);
    expect(fields.has(field[1] ?? ""), `${field[1]} appears twice`).toBe(false);
    fields.set(field[1] ?? "", field[2] ?? "");
  }
  return { type: head[1] ?? "", key: head[2] ?? "", fields };
}

/** Whether braces balance in BibTeX text (`\{` and `\}` are literal braces). */
function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const brace of text.replace(/\\[{}]/gu, "").replace(/[^{}]/gu, "")) {
    depth += brace === "{" ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Fields that would claim what a digest does not say. */
const INVENTED = ["author", "editor", "journal", "booktitle", "publisher", "doi", "eprint"];

/** The title field each paper's entry must carry: BibTeX specials escaped, math as written. */
const BIBTEX_TITLES: Record<string, string> = {
  [SPARSE]: "{{Sparse $\\ell_1$ Recovery at $O(n \\log n)$ Cost}}",
};

function relatedSlugs(build: SiteBuild, base: string, slug: string): string[] | undefined {
  const sections = page(build, `papers/${slug}/`).root.querySelectorAll(
    'section[aria-labelledby="related"]',
  );
  expect(sections.length, slug).toBeLessThanOrEqual(1);
  const [section] = sections;
  return section && paperLinks(section, base);
}

describe.each(BUILDS)("the $name build's paper pages", ({ build, base, prefix }) => {
  const papers = readPaperFiles(build.root);
  const paperUrl = (slug: string) => `${prefix}papers/${slug}/`;
  const dayHref = (date: string) => `${base}dates/${date.replaceAll("-", "/")}/`;

  describe("links", () => {
    it("group the paper's own links into code and other pages, then title searches", () => {
      for (const slug of SLUGS) {
        const links = papers.get(slug)?.links ?? [];
        const groups = one(page(build, `papers/${slug}/`).root, "main dl.link-groups");
        // Each dt with the links of the dd elements after it.
        const listed: [string, (string | undefined)[]][] = [];
        for (const child of groups.children) {
          if (child.tagName === "DT") listed.push([textOf(child) ?? "", []]);
          else
            listed
              .at(-1)?.[1]
              .push(...child.querySelectorAll("a").map((a) => a.getAttribute("href")));
        }
        // A JSON digest's repository and project page come first (no fixture paper's abstract
        // links them again); its arXiv id adds the paper on arXiv and Hugging Face.
        const api = API_PAPERS[slug];
        const code = [...(api?.code ? [api.code] : []), ...links.filter(isCodeLink)];
        const other = [
          ...(api?.projectPage ? [api.projectPage] : []),
          ...links.filter((link) => !isCodeLink(link)),
        ];
        const query = encodeURIComponent(title(slug).replaceAll("$", ""));
        expect(listed, slug).toEqual([
          ...(api
            ? [
                [
                  "arXiv",
                  [
                    `https://arxiv.org/abs/${api.arxivId}`,
                    `https://arxiv.org/pdf/${api.arxivId}`,
                    `https://huggingface.co/papers/${api.arxivId}`,
                  ],
                ],
              ]
            : []),
          ...(code.length > 0 ? [["Code", code]] : []),
          ...(other.length > 0 ? [["Project and other pages", other]] : []),
          [
            "Find this title on",
            [
              `https://arxiv.org/search/?searchtype=title&query=${query}`,
              `https://huggingface.co/papers?q=${query}`,
              `https://scholar.google.com/scholar?q=${encodeURIComponent(`"${title(slug).replaceAll("$", "")}"`)}`,
            ],
          ],
        ]);
      }
      expect(papers.get(SPARSE)?.links).toEqual(["https://github.com/example/l1-recovery"]);
      expect(papers.get(MOS)?.links).toEqual([
        "https://example.org/mos",
        "https://en.wikipedia.org/wiki/Low-rank_approximation_(matrix)",
      ]);
    });
  });

  describe("citation", () => {
    it.each(SLUGS)(
      "%s has a BibTeX entry, the same as its .bib download, and says only what its digests do",
      (slug) => {
        const paper = papers.get(slug);
        const { root } = page(build, `papers/${slug}/`);
        const shown = one(root, "pre#bibtex").textContent;
        const download = one(root, "a[download]");
        expect(download.getAttribute("download")).toBe(`${slug}.bib`);
        const href = download.getAttribute("href") ?? "";
        const prefix = "data:application/x-bibtex;charset=utf-8,";
        expect(href.startsWith(prefix), href).toBe(true);
        expect(decodeURIComponent(href.slice(prefix.length))).toBe(shown);
        expect(bracesBalance(shown), shown).toBe(true);

        const entry = parseBibtex(shown);
        expect(entry.type).toBe("misc");
        const source = title(slug);
        if (BIBTEX_TITLES[slug] === undefined) {
          // The fixture's other titles hold no BibTeX special: the field is the title verbatim.
          expect(source).not.toMatch(/[\\{}&%#_~^$]/u);
        }
        expect(entry.fields.get("title")).toBe(BIBTEX_TITLES[slug] ?? `{{${source}}}`);
        const api = API_PAPERS[slug];
        if (api) {
          // An arXiv preprint: authors and arXiv's date from the JSON digest, nothing else.
          expect(entry.key).toBe(api.citationKey);
          expect([...entry.fields.keys()]).toEqual([
            "title",
            "author",
            "year",
            "month",
            "eprint",
            "archivePrefix",
            "url",
          ]);
          expect(entry.fields.get("year")).toBe(`{${api.arxivDate.slice(0, 4)}}`);
          expect(entry.fields.get("eprint")).toBe(`{${api.arxivId}}`);
          expect(entry.fields.get("url")).toBe(`{https://arxiv.org/abs/${api.arxivId}}`);
        } else {
          expect(entry.key).toBe(slug);
          expect(entry.fields.get("year")).toBe(`{${paper?.date.slice(0, 4)}}`);
          expect(entry.fields.get("url")).toBe(`{${paperUrl(slug)}}`);
          for (const key of INVENTED) expect(entry.fields.has(key), key).toBe(false);
        }

        // The copy button does nothing without JavaScript, so it starts hidden.
        const copy = one(root, "button[data-copy]");
        expect(copy.getAttribute("data-copy")).toBe("bibtex");
        expect(copy.hasAttribute("hidden")).toBe(true);
      },
    );

    it.each(SLUGS)("%s has canonical, Open Graph, Scholar and JSON-LD metadata", (slug) => {
      const paper = papers.get(slug);
      const { html, root } = page(build, `papers/${slug}/`);
      const url = paperUrl(slug);
      const plain = plainText(title(slug));
      expect(plain).toBe(plainPaper(slug).title);
      const description = plainText(expectedPaper(slug).abstract);
      expect(description).toBe(plainPaper(slug).abstract);
      expect(description.length, "fixture abstracts fit a description").toBeLessThanOrEqual(200);

      expect(
        root.querySelectorAll('link[rel="canonical"]').map((link) => link.getAttribute("href")),
      ).toEqual([url]);
      expect(metaContents(root, 'meta[name="description"]')).toEqual([description]);
      expect(metaContents(root, 'meta[property="og:type"]')).toEqual(["article"]);
      expect(metaContents(root, 'meta[property="og:title"]')).toEqual([plain]);
      expect(metaContents(root, 'meta[property="og:description"]')).toEqual([description]);
      expect(metaContents(root, 'meta[property="og:url"]')).toEqual([url]);
      expect(metaContents(root, 'meta[name="twitter:card"]')).toEqual(["summary"]);
      expect(
        root.querySelectorAll('meta[name="twitter:title"], meta[name="twitter:description"]'),
      ).toHaveLength(0);
      expect(metaContents(root, 'meta[name="citation_title"]')).toEqual([plain]);
      expect(metaContents(root, 'meta[name="citation_online_date"]')).toEqual([
        paper?.date.replaceAll("-", "/"),
      ]);
      expect(listedOn(slug)[0]).toBe(paper?.date);
      const api = API_PAPERS[slug];
      expect(metaContents(root, 'meta[name^="citation_author"]')).toEqual(api?.authors ?? []);

      // JSON-LD as a browser reads it: up to the first "</script".
      const blocks = [
        ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script/giu),
      ].map((match) => match[1] ?? "");
      expect(blocks).toHaveLength(1);
      const json = blocks[0] ?? "";
      expect(json).not.toContain("<");
      const data = JSON.parse(json) as Record<string, unknown>;
      expect(data["@context"]).toBe("https://schema.org");
      expect(data["@type"]).toBe("ScholarlyArticle");
      expect(data["headline"]).toBe(plain);
      expect(data["url"]).toBe(url);
      if (api) {
        expect(data["author"]).toEqual(api.authors.map((name) => ({ "@type": "Person", name })));
      } else {
        expect(keysDeep(data)).not.toContain("author");
      }
    });

    it("every page but the 404 page and those by arXiv id names its own address as canonical", () => {
      const byArxivId = new Map(
        Object.entries(API_PAPERS).map(([slug, api]) => [`arxiv/${api.arxivId}/`, slug]),
      );
      for (const current of pagesOf(build).values()) {
        const canonical = current.root
          .querySelectorAll('link[rel="canonical"]')
          .map((link) => link.getAttribute("href"));
        const leadsTo = byArxivId.get(current.path);
        expect(canonical, current.file).toEqual(
          current.path === "404.html"
            ? []
            : [leadsTo ? paperUrl(leadsTo) : `${prefix}${current.path}`],
        );
      }
      expect(pagePathsIn(build, "arxiv/")).toEqual([...byArxivId.keys()].sort());
    });
  });

  describe("provenance", () => {
    it("the Sparse paper says it was listed in three digests and links all three days", () => {
      const { root } = page(build, `papers/${SPARSE}/`);
      const line = root
        .querySelectorAll("article p.meta")
        .find((element) => textOf(element)?.startsWith("Listed in"));
      expect(textOf(line)).toBe(
        "Listed in 3 digests, first on 31 December 2024, last on 3 January 2025",
      );
      expect(line?.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual([
        `${base}dates/2024/12/31/`,
        `${base}dates/2025/01/03/`,
      ]);
      const section = one(root, 'section[aria-labelledby="provenance"]');
      expect(textOf(one(section, "h2#provenance"))).toBe("Listed in");
      expect(section.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual([
        `${base}dates/2024/12/31/`,
        `${base}dates/2025/01/02/`,
        `${base}dates/2025/01/03/`,
      ]);
    });

    it.each(SLUGS)("%s says which digests listed it, linking their days", (slug) => {
      const dates = listedOn(slug);
      expect(papers.get(slug)?.dates).toEqual(dates);
      const { root } = page(build, `papers/${slug}/`);
      const lines = root
        .querySelectorAll("article p.meta")
        .filter((element) => textOf(element)?.startsWith("Listed in"));
      expect(lines).toHaveLength(1);
      const [line] = lines;
      const first = dates[0] ?? "";
      const last = dates.at(-1) ?? "";
      const sections = root.querySelectorAll('section[aria-labelledby="provenance"]');
      const links = (element: HTMLElement | undefined) =>
        element?.querySelectorAll("a").map((a) => a.getAttribute("href")) ?? [];
      if (dates.length === 1) {
        expect(textOf(line)).toBe(`Listed in the digest of ${longDate(first)}`);
        expect(links(line)).toEqual([dayHref(first)]);
        expect(sections).toHaveLength(0);
      } else {
        expect(textOf(line)).toBe(
          `Listed in ${dates.length} digests, first on ${longDate(first)}, last on ${longDate(last)}`,
        );
        expect(links(line)).toEqual([dayHref(first), dayHref(last)]);
        expect(sections).toHaveLength(1);
        expect(links(sections[0])).toEqual(dates.map(dayHref));
        expect(
          sections[0]?.querySelectorAll("time").map((time) => time.getAttribute("datetime")),
        ).toEqual(dates);
      }
      for (const href of [...links(line), ...links(sections[0])]) {
        expect(isFile(build.dist, `${href?.slice(base.length)}index.html`), href).toBe(true);
      }
    });
  });

  describe("related papers", () => {
    it.each(SLUGS)("%s lists up to five other papers, each a built page", (slug) => {
      const { root } = page(build, `papers/${slug}/`);
      const related = relatedSlugs(build, base, slug);
      if (slug === "yes" || slug === HOLOGRAPHIC) {
        // "Yes" / "No." has no word of three letters or more, and the holography paper shares no
        // word with any other: nothing relates to them, and their pages show no empty section.
        expect(related).toBeUndefined();
        expect(root.querySelector("#related")).toBeNull();
        return;
      }
      expect(related, slug).toBeDefined();
      const section = one(root, 'section[aria-labelledby="related"]');
      expect(textOf(one(section, "h2#related"))).toBe("Related papers");
      const links = section.querySelectorAll("ol.paper-list.titles > li > a");
      expect(links.length).toBe(related?.length);
      expect(links.length).toBeGreaterThanOrEqual(1);
      expect(links.length).toBeLessThanOrEqual(5);
      expect(related).not.toContain(slug);
      for (const [position, other] of (related ?? []).entries()) {
        expect(SLUGS, other).toContain(other);
        expect(isFile(build.dist, `papers/${other}/index.html`), other).toBe(true);
        const link = links[position];
        if (link) expectShown(link, title(other), expectedPaper(other).titleMath, other);
      }
    });

    it("the two MoS papers, with nearly the same title, are each other's first related paper", () => {
      expect(relatedSlugs(build, base, MOS)?.[0]).toBe(MOS2);
      expect(relatedSlugs(build, base, MOS2)?.[0]).toBe(MOS);
    });
  });

  describe("math in titles", () => {
    it("the day pages of 2024-12-31 and 2025-01-03 show the Sparse title typeset", () => {
      for (const path of ["dates/2024/12/31/", "dates/2025/01/03/"]) {
        const list = one(page(build, path).root, "main ol.paper-list");
        const link = list.querySelector(`a[href="${base}papers/${SPARSE}/"]`);
        expect(link, path).not.toBeNull();
        if (link) expectShown(link, title(SPARSE), expectedPaper(SPARSE).titleMath, path);
        expect(link?.querySelectorAll("math"), path).toHaveLength(2);
      }
    });

    it("every paper title shown in a list or as a neighbour has its math typeset", () => {
      const pattern = new RegExp(`^${base}papers/([^/]+)/$`, "u");
      let checked = 0;
      let typeset = 0;
      for (const current of pagesOf(build).values()) {
        const links = current.root.querySelectorAll(
          "ol.paper-list > li > h2 > a, ol.paper-list > li > h3 > a, ol.titles > li > a, .neighbours a",
        );
        for (const link of links) {
          // Day pages' neighbours are days, not papers.
          const slug = pattern.exec(link.getAttribute("href") ?? "")?.[1];
          if (slug === undefined) continue;
          const label = `${current.file} → ${slug}`;
          expect(SLUGS, label).toContain(slug);
          // A neighbour's arrow is not part of its title.
          const element = parseHtml(
            link.outerHTML.replace(/^(<a[^>]*>)← /u, "$1").replace(/ →<\/a>$/u, "</a>"),
          ).querySelector("a");
          if (!element) throw new Error(label);
          expectShown(element, title(slug), expectedPaper(slug).titleMath, label);
          checked += 1;
          if (element.querySelector("math")) typeset += 1;
        }
      }
      expect(checked).toBeGreaterThan(50);
      expect(typeset).toBeGreaterThan(5);
    });

    it("no page shows raw TeX outside its BibTeX entry", () => {
      for (const current of pagesOf(build).values()) {
        const main = parseHtml(one(current.root, "main").outerHTML);
        for (const pre of main.querySelectorAll("pre.bibtex")) pre.remove();
        const text = normalize(main.textContent);
        expect(text, current.file).not.toMatch(/\\(?:ell|log)\b|\$\\/u);
      }
    });
  });
});

describe("related papers across the two builds", () => {
  it("are the same papers in the same order", () => {
    for (const slug of SLUGS) {
      expect(relatedSlugs(sites.project, "/my-archive/", slug), slug).toEqual(
        relatedSlugs(sites.root, "/", slug),
      );
    }
  });
});
