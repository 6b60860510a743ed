/**
 * The built site of the fixture archive (the URL table in README.md), at the domain root and under a project
 * base path: paper, topic and date pages, feeds, links, sitemap, search index, and a rebuild that
 * changes no byte. The sites are built once by tests/support/global-setup.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { plainText } from "../../src/site/rich-text/math-text.ts";
import { FIXTURE_DIGESTS, makeArchive } from "../support/archive.ts";
import { buildSite, type SiteBuild } from "../support/build-site.ts";
import {
  ALERT,
  BUILDS,
  CHINESE,
  DAYS,
  expectedPaper,
  expectShown,
  isCodeLink,
  LONG,
  MERGING,
  MOS,
  MOS2,
  MULTILINGUAL,
  NEWEST_FIRST,
  one,
  page,
  pagesOf,
  paperLinks,
  plainPaper,
  RLHF,
  RUSSIAN,
  readFeed,
  readText,
  readXml,
  SLUGS,
  SPARSE,
  sites,
  title,
} from "../support/fixture-site.ts";
import {
  fileForPath,
  isFile,
  listFiles,
  mathShape,
  normalize,
  type PaperFile,
  readIndexParts,
  readPagefindFragments,
  readPaperFiles,
  readTopicFiles,
  shownText,
  startTags,
  textOf,
} from "../support/site-files.ts";

/** Where an absolute URL of the site lands in dist, or why it cannot. */
function distFile(build: SiteBuild, url: string): string {
  const target = new URL(url);
  const origin = new URL(build.site).origin;
  if (target.origin !== origin) return `not on ${origin}`;
  if (!target.pathname.startsWith(build.base)) return `outside the base ${build.base}`;
  const file = fileForPath(decodeURIComponent(target.pathname.slice(build.base.length)));
  return isFile(build.dist, file) ? file : `no file ${file}`;
}

/** A repository of its own (from a JSON digest), or one its abstract links. */
function hasCode(paper: PaperFile): boolean {
  return paper.code !== undefined || paper.links.some(isCodeLink);
}

describe.each(BUILDS)("the $name build", ({ name, build, base, prefix }) => {
  const papers = readPaperFiles(build.root);
  const topics = readTopicFiles(build.root);

  it("is the build it claims to be", () => {
    expect(build.base).toBe(base);
    expect(`${build.site}${build.base}`).toBe(prefix);
    expect([...papers.keys()].sort()).toEqual([...SLUGS].sort());
  });

  describe("paper pages", () => {
    it.each(SLUGS)("%s shows its exact title and abstract", (slug) => {
      const file = papers.get(slug);
      const expected = expectedPaper(slug);
      expect(file?.title).toBe(expected.title);
      expect(file?.abstract).toBe(expected.abstract);
      // As plain text, math is read as text and every other character stays as it is.
      expect(plainText(expected.title)).toBe(plainPaper(slug).title);
      expect(plainText(expected.abstract)).toBe(plainPaper(slug).abstract);
      const { root } = page(build, `papers/${slug}/`);
      expect(root.querySelectorAll("h1")).toHaveLength(1);
      expectShown(one(root, "h1"), expected.title, expected.titleMath, "h1");
      expectShown(one(root, ".abstract"), expected.abstract, expected.abstractMath, "abstract");
      expect(textOf(root.querySelector("title"))).toBe(
        `${plainText(expected.title)} · Paper archive`,
      );
      expect(root.querySelector('meta[property="og:title"]')?.getAttribute("content")).toBe(
        plainText(expected.title),
      );
    });

    it("escapes markup in a title and an abstract: it shows as text and never runs", () => {
      const { html, root } = page(build, `papers/${ALERT}/`);
      expect(html).toContain(
        "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; Attention Is Not All You Need",
      );
      // Read by a tokenizer independent of the parser: the only script elements are the page's
      // JSON-LD data and the site's module; the title's "<script>" is text in the h1 and <title>,
      // and an inert attribute value in meta tags, never a tag.
      const tags = startTags(html);
      const scripts = tags.filter((tag) => tag.name === "script");
      expect(scripts.map((tag) => Object.fromEntries(tag.attributes)["type"])).toEqual([
        "application/ld+json",
        "module",
      ]);
      expect(root.querySelectorAll("script")).toHaveLength(scripts.length);
      const carriers = tags.filter((tag) =>
        tag.attributes.some(([, value]) => /<script/iu.test(value)),
      );
      expect(carriers.map((tag) => tag.name)).toEqual(carriers.map(() => "meta"));
      const inAttributes = carriers
        .flatMap((tag) => tag.attributes.map(([, value]) => value.match(/<script/giu)?.length ?? 0))
        .reduce((sum, count) => sum + count, 0);
      expect(html.match(/<script/giu)).toHaveLength(scripts.length + inAttributes);
      expect(tags.filter((tag) => tag.name === "b" || tag.name === "i")).toEqual([]);
      // The JSON-LD holds the title as data: it cannot end its script element, and it reads back
      // as the exact text (cut at the first "</script", as a browser would).
      const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script/iu.exec(html)?.[1];
      expect(json).toBeDefined();
      expect(json).not.toContain("<");
      const data = JSON.parse(json ?? "") as Record<string, unknown>;
      expect(data["headline"]).toBe(title(ALERT));
      expect(root.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(
        plainPaper(ALERT).abstract,
      );
      // The site's module is the site's code, not the digest's.
      const module = root.querySelector('script[type="module"]');
      expect(module?.rawText).not.toMatch(/pwned|evil\.example/u);
      const abstract = one(root, ".abstract");
      expect(abstract.querySelectorAll("b, i")).toHaveLength(0);
      expect(abstract.innerHTML).toContain("&lt;b&gt;bold&lt;/b&gt; claims &amp; &lt;i&gt;");
      // The only element in the abstract is the link made from its URL, not the digest's <a>.
      expect(
        abstract
          .querySelectorAll("*")
          .map((element) => [element.tagName, element.getAttribute("href"), element.textContent]),
      ).toEqual([["A", "https://evil.example", "https://evil.example"]]);
    });

    it("renders Chinese and Russian titles word for word", () => {
      expect(textOf(page(build, `papers/${CHINESE}/`).root.querySelector("h1"))).toBe(
        "基于扩散模型的图像生成",
      );
      expect(textOf(page(build, `papers/${RUSSIAN}/`).root.querySelector("h1"))).toBe(
        "Ранние остановки в обучении нейронных сетей",
      );
    });

    it("makes URLs in abstracts links, leaving the sentence's final period outside", () => {
      const abstract = one(page(build, `papers/${SPARSE}/`).root, ".abstract");
      const link = one(abstract, 'a[href="https://github.com/example/l1-recovery"]');
      expect(link.textContent).toBe("https://github.com/example/l1-recovery");
      const last = abstract.childNodes.at(-1);
      expect(last?.rawText).toBe(".");
      expect(abstract.childNodes.at(-2)).toBe(link);

      // Brackets around a URL stay outside it; brackets inside one stay in.
      const mos = one(page(build, `papers/${MOS}/`).root, ".abstract");
      expect(mos.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual([
        "https://example.org/mos",
        "https://en.wikipedia.org/wiki/Low-rank_approximation_(matrix)",
      ]);
      expect(mos.innerHTML).toMatch(/\(matrix\)<\/a>\)\.$/u);
    });

    it("link to the previous and next paper of their first digest", () => {
      const firstDay = new Map<string, readonly string[]>();
      for (const day of [...DAYS].reverse()) {
        for (const slug of day.slugs) firstDay.set(slug, day.slugs);
      }
      for (const slug of SLUGS) {
        const order = firstDay.get(slug) ?? [];
        const index = order.indexOf(slug);
        const { root } = page(build, `papers/${slug}/`);
        const href = (rel: string) =>
          root.querySelector(`main a[rel=${rel}]`)?.getAttribute("href");
        const previous = order[index - 1];
        const next = order[index + 1];
        expect(href("prev"), slug).toBe(previous && `${base}papers/${previous}/`);
        expect(href("next"), slug).toBe(next && `${base}papers/${next}/`);
      }
    });
  });

  describe("topic pages", () => {
    /** A topic's papers across its pages, following the pager. */
    function topicPapers(id: string): string[] {
      const slugs: string[] = [];
      let path: string | undefined = `topics/${id}/`;
      for (let pages = 0; path !== undefined && pages < 100; pages += 1) {
        const main = one(page(build, path).root, "main");
        slugs.push(...paperLinks(main, base));
        const next = main.querySelector("a[rel=next]")?.getAttribute("href");
        path = next?.slice(base.length);
      }
      return slugs;
    }

    /** Where a page's "Newer" (rel=prev) and "Older" (rel=next) links lead, relative to the base. */
    function pager(path: string): { newer?: string; older?: string } {
      const main = one(page(build, path).root, "main");
      const href = (rel: string) =>
        main.querySelector(`nav[aria-label=Pages] a[rel=${rel}]`)?.getAttribute("href");
      const newer = href("prev");
      const older = href("next");
      return {
        ...(newer ? { newer: newer.slice(base.length) } : {}),
        ...(older ? { older: older.slice(base.length) } : {}),
      };
    }

    it("the fixture taxonomy has topics with papers and topics without", () => {
      const used = new Set([...papers.values()].flatMap((paper) => paper.topics));
      expect(topics.length).toBeGreaterThan(used.size);
      expect([...used].every((id) => topics.some((topic) => topic.id === id))).toBe(true);
    });

    it("list exactly the papers of their topic, newest first", () => {
      for (const topic of topics) {
        const expected = NEWEST_FIRST.filter((slug) => papers.get(slug)?.topics.includes(topic.id));
        const { root } = page(build, `topics/${topic.id}/`);
        expect(textOf(root.querySelector("h1")), topic.id).toBe(topic.name);
        expect(topicPapers(topic.id), topic.id).toEqual(expected);
        const count = `${expected.length} ${expected.length === 1 ? "paper" : "papers"}`;
        expect(textOf(root.querySelector("main .meta")), topic.id).toBe(
          `${count}, newest first · RSS feed · Search this topic`,
        );
      }
    });

    it("group their papers under the day that first listed them, each day said once", () => {
      let grouped = 0;
      for (const topic of topics) {
        const main = one(page(build, `topics/${topic.id}/`).root, "main");
        const dates: (string | undefined)[] = [];
        for (const heading of main.querySelectorAll("h2.date-heading")) {
          const date = heading.querySelector("time")?.getAttribute("datetime");
          dates.push(date);
          const list = heading.nextElementSibling;
          // Titles with the start of their abstracts, not the related papers' bare titles.
          expect(list?.classList.contains("paper-list"), topic.id).toBe(true);
          expect(list?.classList.contains("titles"), topic.id).toBe(false);
          const slugs = list ? paperLinks(list, base) : [];
          expect(slugs.length, `${topic.id} ${date}`).toBeGreaterThan(0);
          for (const slug of slugs) expect(papers.get(slug)?.date, slug).toBe(date);
          grouped += slugs.length;
        }
        expect(new Set(dates).size, topic.id).toBe(dates.length);
        expect(dates, topic.id).toEqual([...dates].sort().reverse());
      }
      expect(grouped).toBeGreaterThan(0);
    });

    it("newest first agrees with the papers' dates", () => {
      const dates = NEWEST_FIRST.map((slug) => papers.get(slug)?.date ?? "");
      expect(dates).toEqual([...dates].sort().reverse());
    });

    if (name === "root") {
      it("hold 100 papers a page: no topic of the fixture has a numbered page", () => {
        for (const topic of topics) {
          expect(pager(`topics/${topic.id}/`), topic.id).toEqual({});
          expect(pagesOf(build).has(`topics/${topic.id}/1/`), topic.id).toBe(false);
        }
      });
    } else {
      // Built with numbered pages of one paper (TOPIC_PAGE_PAPERS=1).
      it("number fixed pages from the oldest paper, the first page holding the newest", () => {
        const peft = "topics/parameter-efficient-fine-tuning/";
        const shown = (path: string) => {
          const { root } = page(build, path);
          const main = one(root, "main");
          return {
            title: textOf(root.querySelector("title")),
            h1: textOf(main.querySelector("h1")),
            meta: textOf(main.querySelector(".meta")),
            days: main
              .querySelectorAll("h2.date-heading time")
              .map((time) => time.getAttribute("datetime")),
            papers: paperLinks(main, base),
            pager: pager(path),
          };
        };
        const topicName = "Parameter-efficient fine-tuning";
        const links = " · RSS feed · Search this topic";
        expect(shown(peft)).toEqual({
          title: `${topicName} · Paper archive`,
          h1: topicName,
          meta: `3 papers, newest first${links}`,
          days: ["2025-01-02"],
          papers: [MOS],
          pager: { older: `${peft}2/` },
        });
        expect(shown(`${peft}2/`)).toEqual({
          title: `${topicName}, page 2 · Paper archive`,
          h1: topicName,
          meta: `Page 2: papers first listed on 2 January 2025, newest first${links}`,
          days: ["2025-01-02"],
          papers: [MOS2],
          pager: { newer: peft, older: `${peft}1/` },
        });
        expect(shown(`${peft}1/`)).toEqual({
          title: `${topicName}, page 1 · Paper archive`,
          h1: topicName,
          meta: `Page 1: papers first listed on 31 December 2024, newest first${links}`,
          days: ["2024-12-31"],
          papers: [LONG],
          pager: { newer: `${peft}2/` },
        });
        expect(pagesOf(build).has(`${peft}3/`)).toBe(false);
      });

      it("give every topic of n papers n - 1 numbered pages of one paper, oldest first", () => {
        for (const topic of topics) {
          const expected = NEWEST_FIRST.filter((slug) =>
            papers.get(slug)?.topics.includes(topic.id),
          );
          const numbered = Math.max(0, expected.length - 1);
          for (let number = 1; number <= numbered; number += 1) {
            const main = one(page(build, `topics/${topic.id}/${number}/`).root, "main");
            expect(paperLinks(main, base), `${topic.id} ${number}`).toEqual([
              expected[expected.length - number],
            ]);
          }
          expect(pagesOf(build).has(`topics/${topic.id}/${numbered + 1}/`), topic.id).toBe(false);
        }
      });
    }

    it("exist for a topic with no papers", () => {
      const empty = topics.filter(
        (topic) => ![...papers.values()].some((paper) => paper.topics.includes(topic.id)),
      );
      expect(empty.map((topic) => topic.id)).toContain("code-generation");
      for (const topic of empty) {
        const main = one(page(build, `topics/${topic.id}/`).root, "main");
        expect(paperLinks(main, base), topic.id).toEqual([]);
      }
    });

    it("the topics index links every topic file", () => {
      const main = one(page(build, "topics/").root, "main");
      const pattern = new RegExp(`^${base}topics/([^/]+)/$`, "u");
      const linked = main
        .querySelectorAll("a[href]")
        .map((link) => pattern.exec(link.getAttribute("href") ?? "")?.[1])
        .filter((id) => id !== undefined);
      expect(linked.sort()).toEqual(topics.map((topic) => topic.id).sort());
    });
  });

  describe("date pages", () => {
    it("the expected digest order is the fixture digests' order, a JSON digest's by upvotes", () => {
      for (const day of DAYS) {
        const text = readFileSync(join(FIXTURE_DIGESTS, day.file), "utf8");
        if (day.file.endsWith(".json")) {
          const records = JSON.parse(text) as { paper: { title: string; upvotes?: number } }[];
          const votes = new Map(
            records.map((record) => [record.paper.title, record.paper.upvotes]),
          );
          const expected = day.slugs.map((slug) => votes.get(title(slug)) ?? 0);
          expect(records.map((record) => record.paper.title).sort(), day.file).toEqual(
            day.slugs.map(title).sort(),
          );
          expect(expected, day.file).toEqual([30, 12, 7, 3, 0]);
          // The file's own order is another one: the day is ordered, not copied.
          expect(records.map((record) => record.paper.upvotes ?? 0)).toEqual([7, 12, 3, 30, 0]);
          continue;
        }
        const lines = text
          .replace(/^\uFEFF/u, "")
          .split(/\r?\n/u)
          .map(normalize);
        const positions = day.slugs.map((slug) => lines.indexOf(title(slug)));
        expect(
          positions.every((position) => position >= 0),
          day.file,
        ).toBe(true);
        expect(positions, day.file).toEqual([...positions].sort((a, b) => a - b));
      }
    });

    it("each day lists its digest's papers in digest order, with the days around it", () => {
      DAYS.forEach((day, index) => {
        const [year, month, date] = day.date.split("-");
        const { root } = page(build, `dates/${year}/${month}/${date}/`);
        const list = one(root, "main ol.paper-list");
        expect(paperLinks(list, base), day.date).toEqual([...day.slugs]);
        // Titles with math show it typeset: compared with formulas as placeholders, then in detail.
        const titles = list.querySelectorAll("li > h2 > a");
        expect(titles.map(shownText), day.date).toEqual(
          day.slugs.map((slug) => mathShape(title(slug))),
        );
        titles.forEach((link, position) => {
          const slug = day.slugs[position] ?? "";
          expectShown(link, title(slug), expectedPaper(slug).titleMath, `${day.date} ${slug}`);
        });
        const dayHref = (other: (typeof DAYS)[number] | undefined) =>
          other && `${base}dates/${other.date.replaceAll("-", "/")}/`;
        const rel = (name: string) =>
          root.querySelector(`main a[rel=${name}]`)?.getAttribute("href");
        expect(rel("prev"), day.date).toBe(dayHref(DAYS[index - 1]));
        expect(rel("next"), day.date).toBe(dayHref(DAYS[index + 1]));
      });
    });

    it("the archive, year and month pages exist and lead to every day", () => {
      const links = (path: string) =>
        one(page(build, path).root, "main")
          .querySelectorAll("a[href]")
          .map((link) => link.getAttribute("href"));
      const dates = links("dates/");
      expect(dates).toContain(`${base}dates/2024/`);
      expect(dates).toContain(`${base}dates/2025/`);
      expect(dates).toContain(`${base}dates/2024/12/`);
      expect(dates).toContain(`${base}dates/2025/01/`);
      expect(links("dates/2024/")).toContain(`${base}dates/2024/12/31/`);
      expect(links("dates/2024/12/")).toContain(`${base}dates/2024/12/31/`);
      for (const path of ["dates/2025/", "dates/2025/01/"]) {
        expect(links(path)).toContain(`${base}dates/2025/01/02/`);
        expect(links(path)).toContain(`${base}dates/2025/01/03/`);
        expect(links(path)).toContain(`${base}dates/2025/01/04/`);
        expect(links(path)).not.toContain(`${base}dates/2024/12/31/`);
      }
    });

    it("the home page lists every digest (fewer than 20 papers), newest first, each under a link to its day", () => {
      const main = one(page(build, "").root, "main");
      const digests = main.querySelectorAll("section.digest").map((section) => ({
        day: section.querySelector("h2 a")?.getAttribute("href"),
        slugs: paperLinks(one(section, "ol.paper-list"), base),
      }));
      expect(digests).toEqual(
        DAYS.toReversed().map((day) => ({
          day: `${base}dates/${day.date.replaceAll("-", "/")}/`,
          slugs: [...day.slugs],
        })),
      );
      expect(digests.flatMap((digest) => digest.slugs).length).toBeLessThan(20);
      // Every day is on the home page: no link to older ones.
      expect(textOf(main)).not.toContain("Older digests");
    });

    it("day, topic and home lists show each paper's whole short abstract as plain text, once", () => {
      const paths = [
        "",
        ...DAYS.map((day) => `dates/${day.date.replaceAll("-", "/")}/`),
        // Every page of every topic, numbered pages included.
        ...[...pagesOf(build).keys()].filter((path) => /^topics\/[^/]+\/(\d+\/)?$/u.test(path)),
      ];
      let shown = 0;
      for (const path of paths) {
        for (const item of page(build, path).root.querySelectorAll("main ol.paper-list > li")) {
          const slug = paperLinks(item, base)[0] ?? "";
          const excerpts = item.querySelectorAll("p.excerpt");
          expect(excerpts.map(textOf), `${path} ${slug}`).toEqual([plainPaper(slug).abstract]);
          // Markup in an abstract is text: nothing inside the excerpt is an element.
          expect(excerpts[0]?.childNodes.length, `${path} ${slug}`).toBe(1);
          shown++;
        }
      }
      expect(shown).toBeGreaterThan(40);
    });

    it("a day's listing says when a paper was first listed only if that was another day", () => {
      const items = one(
        page(build, "dates/2025/01/03/").root,
        "main ol.paper-list",
      ).querySelectorAll("li");
      const meta = (slug: string) =>
        textOf(items.find((item) => paperLinks(item, base)[0] === slug)?.querySelector("p.meta"));
      expect(papers.get(SPARSE)?.date).toBe("2024-12-31");
      expect(meta(SPARSE)).toMatch(/ · first listed 31 December 2024$/u);
      expect(papers.get(MERGING)?.date).toBe("2025-01-03");
      expect(meta(MERGING)).not.toContain("first listed");
    });
  });

  describe("feeds", () => {
    it("the site feed lists the papers newest first with absolute links and escaped text", () => {
      const feed = readFeed(build.dist, "rss.xml");
      expect(feed.link).toBe(prefix);
      expect(feed.items.map((item) => item.link)).toEqual(
        NEWEST_FIRST.map((slug) => `${prefix}papers/${slug}/`),
      );
      expect(feed.items.map((item) => item.guid)).toEqual(feed.items.map((item) => item.link));
      // Feeds hold plain text: math read as text (test 1 pins what plainText reads).
      expect(feed.items.map((item) => item.title)).toEqual(
        NEWEST_FIRST.map((slug) => plainText(title(slug))),
      );
      expect(feed.items.map((item) => item.description)).toEqual(
        NEWEST_FIRST.map((slug) => plainText(expectedPaper(slug).abstract)),
      );
      expect(feed.text).not.toMatch(/\\(?:ell|log)\b|\$\\/u);
      for (const item of feed.items)
        expect(distFile(build, item.link ?? "")).toMatch(/index\.html$/u);
      expect(feed.text).not.toMatch(/<script/iu);
      expect(feed.text).not.toContain("<b>");
      expect(feed.text).toContain("&lt;script&gt;alert(");
    });

    it("every topic feed is well-formed and lists its topic's papers newest first", () => {
      for (const topic of topics) {
        const feed = readFeed(build.dist, `topics/${topic.id}/rss.xml`);
        expect(feed.link, topic.id).toBe(`${prefix}topics/${topic.id}/`);
        expect(
          feed.items.map((item) => item.link),
          topic.id,
        ).toEqual(
          NEWEST_FIRST.filter((slug) => papers.get(slug)?.topics.includes(topic.id)).map(
            (slug) => `${prefix}papers/${slug}/`,
          ),
        );
        expect(
          feed.items.map((item) => item.title),
          topic.id,
        ).toEqual(
          NEWEST_FIRST.filter((slug) => papers.get(slug)?.topics.includes(topic.id)).map((slug) =>
            plainText(title(slug)),
          ),
        );
        expect(feed.text, topic.id).not.toMatch(/<script/iu);
        expect(feed.text, topic.id).not.toMatch(/\\(?:ell|log)\b|\$\\/u);
      }
      const diffusion = readFeed(build.dist, "topics/diffusion-models/rss.xml");
      expect(diffusion.items.map((item) => item.title)).toContain(title(ALERT));
    });
  });

  it("no page holds a hole of the frames paper and arXiv pages are written from", () => {
    const marked = [...pagesOf(build).values()].filter((current) =>
      /\uE000\w+\uE000/u.test(current.root.toString()),
    );
    expect(marked.map((current) => current.file)).toEqual([]);
  });

  it("every internal href, src and action resolves to a file under the base", () => {
    const origin = new URL(build.site).origin;
    const problems: string[] = [];
    let checked = 0;
    for (const current of pagesOf(build).values()) {
      const pageUrl = new URL(`${base}${current.path}`, build.site);
      for (const element of current.root.querySelectorAll("[href], [src], [action]")) {
        for (const name of ["href", "src", "action"]) {
          const value = element.getAttribute(name);
          if (value === undefined) continue;
          const problem = (why: string) =>
            problems.push(`${current.file}: ${name}="${value}" ${why}`);
          let target: URL;
          try {
            target = new URL(value, pageUrl);
          } catch {
            problem("is not a URL");
            continue;
          }
          // The one data: URL allowed: a paper's BibTeX download, the entry itself.
          const bibtex =
            target.protocol === "data:" && element.getAttribute("download")?.endsWith(".bib");
          if (bibtex) continue;
          if (target.protocol !== "https:" && target.protocol !== "http:") {
            problem("is not a web URL");
            continue;
          }
          if (target.origin !== origin) continue;
          // A paper's own references (copied from its digest) may point anywhere on any host.
          if (/^https?:/iu.test(value) && element.closest(".abstract, .link-groups")) continue;
          checked += 1;
          if (!target.pathname.startsWith(base)) {
            problem(`is outside the base ${base}`);
            continue;
          }
          if (value.startsWith("#")) {
            const id = decodeURIComponent(value.slice(1));
            const ids = current.root.querySelectorAll("[id]").map((e) => e.getAttribute("id"));
            if (!ids.includes(id)) problem("names no element of the page");
            continue;
          }
          const file = fileForPath(decodeURIComponent(target.pathname.slice(base.length)));
          if (!isFile(build.dist, file)) problem(`has no file ${file} in dist`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it("robots.txt names the sitemap, and the sitemaps list every paper page", () => {
    expect(readText(build.dist, "robots.txt")).toMatch(
      new RegExp(`^Sitemap: ${prefix}sitemap-index\\.xml$`, "mu"),
    );
    const locs = (document: HTMLElement, parent: string) =>
      document.querySelectorAll(`${parent} > loc`).map((loc) => loc.textContent.trim());
    const maps = locs(readXml(build.dist, "sitemap-index.xml").document, "sitemapindex > sitemap");
    expect(maps.length).toBeGreaterThan(0);
    const urls: string[] = [];
    for (const loc of maps) {
      expect(loc.startsWith(prefix), loc).toBe(true);
      const file = distFile(build, loc);
      expect(file, loc).toMatch(/\.xml$/u);
      urls.push(...locs(readXml(build.dist, file).document, "urlset > url"));
    }
    for (const slug of SLUGS) expect(urls).toContain(`${prefix}papers/${slug}/`);
    // The /arxiv/<id>/ pages only lead to paper pages: they are built, and not listed.
    expect(isFile(build.dist, "arxiv/2501.01234/index.html")).toBe(true);
    expect(urls.filter((url) => url.includes("/arxiv/"))).toEqual([]);
    // Paper pages are written from a frame Astro renders once: the frame is neither a page nor
    // listed, and every paper page is.
    expect(readdirSync(join(build.dist, "papers")).sort()).toEqual([...SLUGS].sort());
    expect(urls.filter((url) => url.includes("/papers/")).sort()).toEqual(
      SLUGS.map((slug) => `${prefix}papers/${slug}/`).sort(),
    );
    for (const url of urls) {
      expect(url.startsWith(prefix), url).toBe(true);
      expect(distFile(build, url), url).toMatch(/index\.html$/u);
    }
  });

  it("has a 404 page whose links work from any address", () => {
    const { root } = page(build, "404.html");
    expect(textOf(root.querySelector("h1"))).toBe("Page not found");
    for (const element of root.querySelectorAll("[href], [src], [action]")) {
      const value =
        element.getAttribute("href") ??
        element.getAttribute("src") ??
        element.getAttribute("action");
      expect(value, "a relative URL breaks on 404.html served at a deep path").toMatch(
        /^(\/|https?:\/\/|#)/u,
      );
    }
  });

  it("has a Pagefind index of the paper pages only, with topic, year and code filters and a date sort", () => {
    expect(isFile(build.dist, "pagefind/pagefind.js")).toBe(true);
    const indexed = readIndexParts(build.dist).map((part) => {
      const entry = JSON.parse(
        readText(build.dist, `pagefind/${part.path}pagefind-entry.json`),
      ) as {
        languages: Record<string, { page_count: number }>;
      };
      return Object.values(entry.languages).reduce((n, lang) => n + lang.page_count, 0);
    });
    expect(indexed.reduce((sum, count) => sum + count, 0)).toBe(SLUGS.length);
    // The Sparse paper's abstract links a repository, and the JSON digest gives two papers one
    // (the captions paper's javascript: one was not stored); the MoS papers link other pages.
    expect([...papers.values()].filter(hasCode).map((paper) => paper.slug)).toEqual([
      MULTILINGUAL,
      RLHF,
      SPARSE,
    ]);
    // The index is built from the archive's data (src/search/records.ts): no page needs, or
    // carries, anything for Pagefind to read.
    for (const current of pagesOf(build).values()) {
      expect(current.html, current.file).not.toMatch(/data-pagefind-/u);
    }
  });

  it("splits the index into parts of whole months only when told to, newest part the main one", () => {
    const parts = readIndexParts(build.dist);
    const months = [...new Set([...papers.values()].map((paper) => paper.date.slice(0, 7)))].sort();
    if (base === "/") {
      // One part sorts by date by itself: it needs no months.
      expect(parts).toEqual([{ path: "", months: [] }]);
      return;
    }
    // The project build is made with SEARCH_PART_PAGES=1: a part per month, newest first.
    expect(parts).toEqual(
      months.toReversed().map((month, index) => ({
        path: index === 0 ? "" : `part-${month}/`,
        months: [month],
      })),
    );
    for (const part of parts) {
      const monthOf = (url: string) => papers.get(url.split("/")[2] ?? "")?.date.slice(0, 7);
      const bundle = join(build.dist, "pagefind", part.path);
      const urls = readPagefindFragments(build.dist)
        .map((fragment) => fragment.url)
        .filter((url) => part.months.includes(monthOf(url) ?? ""));
      expect(urls.length, part.path).toBeGreaterThan(0);
      // Only the main bundle carries Pagefind's code; parts are merged into it.
      expect(isFile(build.dist, `pagefind/${part.path}pagefind.js`), part.path).toBe(
        part.path === "",
      );
      expect(readdirSync(join(bundle, "fragment")).length, part.path).toBe(urls.length);
    }
  });

  it("Pagefind's index holds each paper's filters, plain-text title and date, and only its own text", () => {
    const fragments = readPagefindFragments(build.dist);
    const byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));
    // Pagefind stores URLs from the site's root; the search page adds the base.
    expect([...byUrl.keys()].sort()).toEqual(SLUGS.map((slug) => `/papers/${slug}/`).sort());
    for (const [slug, paper] of papers) {
      const fragment = byUrl.get(`/papers/${slug}/`);
      const filters = Object.fromEntries(
        Object.entries(fragment?.filters ?? {}).map(([name, values]) => [name, [...values].sort()]),
      );
      expect(filters, slug).toEqual({
        year: [paper.date.slice(0, 4)],
        month: [paper.date.slice(0, 7)],
        ...(paper.topics.length > 0 ? { topic: [...paper.topics].sort() } : {}),
        ...(hasCode(paper) ? { code: ["yes"] } : {}),
      });
      expect(fragment?.meta, slug).toEqual({ date: paper.date, title: plainText(title(slug)) });
      // What search shows has no TeX, and nothing from the page's ignored parts.
      expect(fragment?.content, slug).not.toMatch(/\\[A-Za-z]|\$\\/u);
      for (const ignored of ["Listed in", "Find this title on", "@misc", "Related papers", "←"]) {
        expect(fragment?.content, `${slug}: ${ignored}`).not.toContain(ignored);
      }
    }
  });

  it("runs only module files under the base and JSON-LD data; search code only on the search page", () => {
    const problems: string[] = [];
    const modulePattern = new RegExp(`^${base}_astro/[^/?#]+\\.js$`, "u");
    const modulesOf = new Map<string, string[]>();
    for (const current of pagesOf(build).values()) {
      const scripts = current.root.querySelectorAll("script");
      const tokenized = startTags(current.html).filter((tag) => tag.name === "script").length;
      if (tokenized !== scripts.length) {
        problems.push(`${current.file}: ${tokenized} <script> tags, ${scripts.length} parsed`);
      }
      const modules: string[] = [];
      let data = 0;
      for (const script of scripts) {
        const type = script.getAttribute("type");
        const src = script.getAttribute("src");
        const code = script.rawText.trim();
        if (type === "application/ld+json" && src === undefined) {
          data += 1;
        } else if (type === "module" && src !== undefined && modulePattern.test(src) && !code) {
          if (!isFile(build.dist, src.slice(base.length))) {
            problems.push(`${current.file}: ${src} is not in dist`);
          }
          modules.push(src);
        } else {
          const tag = `<script${type === undefined ? "" : ` type="${type}"`}${src === undefined ? "" : ` src="${src}"`}>`;
          problems.push(`${current.file}: ${tag} with inline code: ${code.slice(0, 60)}`);
        }
      }
      // JSON-LD is a paper's citation data, one per paper page.
      const expectedData = /^papers\/[^/]+\/$/u.test(current.path) ? 1 : 0;
      if (data !== expectedData) problems.push(`${current.file}: ${data} JSON-LD scripts`);
      modulesOf.set(current.path, modules);
      for (const element of current.root.querySelectorAll("*")) {
        for (const [name, value] of Object.entries(element.attributes)) {
          if (/^on/iu.test(name)) problems.push(`${current.file}: ${name} attribute`);
          if (/^\s*javascript:/iu.test(value)) problems.push(`${current.file}: ${name}="${value}"`);
          const scriptSrc = element.tagName === "SCRIPT" && name.toLowerCase() === "src";
          if (!scriptSrc && /\.m?js(\?|#|$)/u.test(value)) {
            problems.push(`${current.file}: ${name}="${value}"`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    // One module on every page ("/" to search, copy buttons); the search page's own module on no
    // other page.
    const all = [...modulesOf.values()];
    const everywhere = [...new Set(all.flat())].filter((src) =>
      all.every((modules) => modules.includes(src)),
    );
    expect(everywhere).toHaveLength(1);
    for (const [path, modules] of modulesOf) {
      if (path === "search/") {
        expect(modules, path).toHaveLength(2);
        expect(modules, path).toEqual(expect.arrayContaining(everywhere));
      } else {
        expect(modules, path).toEqual(everywhere);
      }
    }
  });
});

// A second build of the same archive, from nothing, gives the same bytes: nothing depends on
// timing, order of completion or the machine's time zone.
describe("a rebuild of the same archive", () => {
  let rebuilt: SiteBuild;
  beforeAll(async () => {
    const out = await mkdtemp(join(tmpdir(), "paper-archive-rebuild-"));
    rebuilt = buildSite(await makeArchive(), join(out, "root"), sites.root.base, sites.root.site, {
      TZ: "Pacific/Kiritimati",
    });
  }, 240_000);

  it("is byte for byte the same site", () => {
    const before = listFiles(sites.root.dist);
    const after = listFiles(rebuilt.dist);
    expect(after).toEqual(before);
    const differing = before.filter(
      (file) =>
        !readFileSync(join(sites.root.dist, file)).equals(readFileSync(join(rebuilt.dist, file))),
    );
    expect(differing).toEqual([]);
  });
});
