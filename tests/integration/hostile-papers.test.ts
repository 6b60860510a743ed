/**
 * Paper files as a hostile or careless person leaves them, built into a site: characters no page
 * or feed can carry, URLs inside math and TeX link commands, a hand-added topic the taxonomy does
 * not know, an emoji where the description is cut, a ligature in a title. Then file names that are
 * not slugs and a `javascript:` link, which the split and the build refuse without a stack trace
 * and, for the build, without leaving Astro's `.prerender` folder.
 */
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_DIGESTS, makeArchive, PROJECT_ROOT } from "../support/archive.ts";
import { astroBuild } from "../support/build-site.ts";
import { runSplit } from "../support/cli.ts";
import { htmlErrors } from "../support/html-validator.ts";
import {
  listFiles,
  type Page,
  readPagefindFragments,
  readPages,
  startTags,
  textOf,
  xmlProblem,
} from "../support/site-files.ts";

const HOSTILE = "noncharacters-in-a-title";
const LIGATURE = "the-final-efficient-attention";
/** What the site shows for U+FFFF and U+0001. */
const SHOWN_TITLE = "Noncharacters \uFFFD and \uFFFD in a Title";
/** Characters no output may hold: controls but tab and line breaks, noncharacters, lone surrogates. */
const UNSAFE = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;

/** A long abstract whose 197th code unit falls inside an emoji. */
const LONG_ABSTRACT = `${"a".repeat(196)}😀 and more words after the cut.`;

const DIGEST = [
  "Mar 5",
  "",
  "Noncharacters \uFFFF in a Title",
  "",
  "An abstract with a noncharacter \uFFFF in it. See $\\includegraphics{https://evil.example/x.png}$ and $\\href{https://evil.example/h}{click}$ and $\\url{https://evil.example/u}$; javascript:alert(1) is text. Code at https://github.com/example/hostile.",
  "",
  "The ﬁnal Eﬃcient Attention",
  "",
  LONG_ABSTRACT,
  "",
].join("\n");

let root = "";
let scratch = "";
let dist = "";
let build: { status: number | null; output: string };
let firstSplit: { status: number | null; stdout: string; stderr: string };
let secondSplit: { status: number | null; stdout: string; stderr: string };
let pages: Page[] = [];

function pageAt(path: string): Page {
  const page = pages.find((candidate) => candidate.path === path);
  if (!page) throw new Error(`no page ${path}`);
  return page;
}

beforeAll(async () => {
  root = await makeArchive([join(FIXTURE_DIGESTS, "2025-01-04.json")]);
  await writeFile(join(root, "content", "digests", "2025-03-05.txt"), DIGEST);
  firstSplit = runSplit(root);
  secondSplit = runSplit(root);
  // Hand edits the split would keep: U+0001 in the title (a YAML escape) and the abstract, a topic
  // id no topic file has.
  const file = join(root, "content", "papers", `${HOSTILE}.md`);
  const text = await readFile(file, "utf8");
  await writeFile(
    file,
    text
      .replace("Noncharacters \uFFFF in a Title", "Noncharacters \uFFFF and \\x01 in a Title")
      .replace(/^topics: .*$/mu, 'topics: ["hand-added-topic", "neural-network-architectures"]')
      .replace("noncharacter \uFFFF in it", "noncharacter \uFFFF and a control \u0001 in it"),
  );
  // Inside the project, as `npm run build` writes dist/: Astro's prerender folder goes in it.
  await mkdir(join(PROJECT_ROOT, ".cache"), { recursive: true });
  scratch = await mkdtemp(join(PROJECT_ROOT, ".cache", "hostile-"));
  dist = join(scratch, "dist");
  build = astroBuild(root, dist);
  pages = build.status === 0 ? readPages(dist) : [];
});

afterAll(async () => {
  await Promise.all([root, scratch].map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("characters no page or feed can carry", () => {
  it("are reported by the split with file and line, from the run that writes them, and kept in the file", () => {
    for (const split of [firstSplit, secondSplit]) {
      expect(split.status).toBe(0);
      expect(split.stdout + split.stderr).toContain(
        `content/papers/${HOSTILE}.md:2: holds U+FFFF, a character web pages and feeds cannot carry: the site shows \uFFFD in its place`,
      );
    }
    const text = readFileSync(join(root, "content", "papers", `${HOSTILE}.md`), "utf8");
    expect(text).toContain("\uFFFF and \\x01 in a Title");
    expect(text).toContain("\uFFFF and a control \u0001 in it");
  });

  it("build, and every feed and sitemap is well-formed XML", () => {
    expect(build.output).not.toContain("Stack trace");
    expect(build.status).toBe(0);
    const xml = listFiles(dist).filter((file) => file.endsWith(".xml"));
    expect(xml).toEqual(
      expect.arrayContaining([
        "rss.xml",
        "sitemap-0.xml",
        "topics/neural-network-architectures/rss.xml",
      ]),
    );
    expect(xml.filter((file) => /^topics\/[^/]+\/rss\.xml$/u.test(file)).length).toBeGreaterThan(
      20,
    );
    for (const file of xml) {
      expect(xmlProblem(readFileSync(join(dist, file), "utf8")), file).toBeUndefined();
    }
    for (const feed of ["rss.xml", "topics/neural-network-architectures/rss.xml"]) {
      expect(readFileSync(join(dist, feed), "utf8")).toContain(`<title>${SHOWN_TITLE}</title>`);
    }
  });

  it("are U+FFFD in every page, feed, search record, meta tag and citation", () => {
    for (const file of listFiles(dist).filter((name) => /\.(?:html|xml|json|txt)$/u.test(name))) {
      expect(UNSAFE.test(readFileSync(join(dist, file), "utf8")), file).toBe(false);
    }
    const page = pageAt(`papers/${HOSTILE}/`);
    expect(textOf(page.root.querySelector("h1"))).toBe(SHOWN_TITLE);
    expect(textOf(page.root.querySelector("title"))).toBe(`${SHOWN_TITLE} · Paper archive`);
    expect(page.root.querySelector('meta[name="citation_title"]')?.getAttribute("content")).toBe(
      SHOWN_TITLE,
    );
    expect(page.root.querySelector('meta[name="description"]')?.getAttribute("content")).toMatch(
      /^An abstract with a noncharacter \uFFFD and a control \uFFFD in it\./u,
    );
    const jsonLd = JSON.parse(
      page.root.querySelector('script[type="application/ld+json"]')?.textContent ?? "",
    );
    expect(jsonLd.headline ?? jsonLd.name).toBe(SHOWN_TITLE);
    expect(textOf(page.root.querySelector("#bibtex"))).toContain("\uFFFD and \uFFFD in a Title");
    const record = readPagefindFragments(dist).find((fragment) =>
      fragment.url.includes(`/papers/${HOSTILE}/`),
    );
    expect(record?.meta["title"]).toBe(SHOWN_TITLE);
  });

  it("leave the pages valid HTML", () => {
    const files = [`papers/${HOSTILE}/index.html`, "dates/2025/03/05/index.html"];
    expect(
      htmlErrors(
        files.map((file) => join(dist, file)),
        dist,
      ),
    ).toEqual([]);
  }, 120_000);
});

describe("links", () => {
  it("are http(s) or the site's own paths on every page, whatever the files and records hold", () => {
    const hrefs = pages.flatMap((page) =>
      startTags(page.html).flatMap((tag) =>
        tag.attributes
          .filter(([name]) => name === "href" || name === "action")
          .map(([, value]) => ({ page: page.path, tag, value })),
      ),
    );
    expect(hrefs.length).toBeGreaterThan(100);
    for (const { page, tag, value } of hrefs) {
      // The BibTeX download is the page's own entry, built here.
      const download = tag.attributes.some(([name]) => name === "download");
      const allowed = download ? /^data:application\/x-bibtex;/u : /^(?:https?:\/\/|\/|#)/u;
      expect(value, `${page}: <${tag.name}>`).toMatch(allowed);
    }
  });

  it("are never made from a URL inside math; TeX link commands show their source", () => {
    const abstract = pageAt(`papers/${HOSTILE}/`).root.querySelector(".abstract");
    expect(textOf(abstract)).toContain(
      "See $\\includegraphics{https://evil.example/x.png}$ and $\\href{https://evil.example/h}{click}$ and $\\url{https://evil.example/u}$; javascript:alert(1) is text.",
    );
    expect(abstract?.querySelectorAll("a").map((link) => link.getAttribute("href"))).toEqual([
      "https://github.com/example/hostile",
    ]);
    const page = pageAt(`papers/${HOSTILE}/`);
    expect(page.html).not.toContain('href="https://evil.example');
  });
});

describe("a topic id added by hand that no topic file has", () => {
  it("is shown by name without a link, on the paper's page and its day's page", () => {
    for (const path of [`papers/${HOSTILE}/`, "dates/2025/03/05/"]) {
      const page = pageAt(path);
      expect(page.html).not.toContain("topics/hand-added-topic/");
      const meta = page.root
        .querySelectorAll(".meta")
        .find((element) => textOf(element)?.includes("hand-added-topic"));
      expect(textOf(meta), path).toMatch(/hand-added-topic, Neural network architectures/u);
      expect(meta?.querySelectorAll("a").map((link) => textOf(link))).toEqual([
        "Neural network architectures",
      ]);
    }
    expect(existsSync(join(dist, "topics", "hand-added-topic"))).toBe(false);
  });
});

describe("a long abstract", () => {
  it("is cut for the meta description between characters, never inside an emoji", () => {
    const page = pageAt(`papers/${LIGATURE}/`);
    for (const selector of ['meta[name="description"]', 'meta[property="og:description"]']) {
      const description = page.root.querySelector(selector)?.getAttribute("content") ?? "";
      expect(description, selector).toBe(`${"a".repeat(196)}…`);
    }
  });
});

describe("a title with ligatures", () => {
  it("keeps its letters in the slug", () => {
    expect(pages.map((page) => page.path)).toContain(`papers/${LIGATURE}/`);
  });
});

describe("paper file names that are not slugs, and a javascript: link", () => {
  let broken = "";
  let split: { status: number | null; stdout: string; stderr: string };
  let failed: { status: number | null; output: string };
  const failedDist = () => join(scratch, "failed");

  beforeAll(async () => {
    broken = await makeArchive([]);
    await cp(join(root, "content"), join(broken, "content"), { recursive: true });
    const papers = join(broken, "content", "papers");
    const other = (await readdir(papers)).find((name) => name !== `${HOSTILE}.md`) ?? "";
    const copy = await readFile(join(papers, other), "utf8");
    await writeFile(join(papers, "percent%20name.md"), copy.replace("Attention", "Percent"));
    await writeFile(join(papers, "My Paper #1?.md"), copy.replace("Attention", "My"));
    const hostile = join(papers, `${HOSTILE}.md`);
    await writeFile(
      hostile,
      (await readFile(hostile, "utf8")).replace(
        /^links: .*$/mu,
        'links: ["https://ok.example", "javascript:alert(1)"]',
      ),
    );
    split = runSplit(broken);
    failed = astroBuild(broken, failedDist());
  });

  afterAll(async () => {
    await rm(broken, { recursive: true, force: true });
  });

  const problems = [
    "content/papers/My Paper #1?.md: the file name \"My Paper #1?\" is not a slug: a paper's file name is its page's permanent address, in lowercase letters, digits and single hyphens\n  → rename it to my-paper-1.md",
    "content/papers/percent%20name.md: the file name \"percent%20name\" is not a slug: a paper's file name is its page's permanent address, in lowercase letters, digits and single hyphens\n  → rename it to percent-20name.md",
    `content/papers/${HOSTILE}.md:6: links.1: must be an http:// or https:// URL`,
  ];

  it("stop the split with every problem and what to rename each file to", () => {
    expect(split.status).toBe(1);
    for (const problem of problems) expect(split.stderr).toContain(problem);
    expect(split.stderr).toContain("3 problems found; nothing was written.");
  });

  it("stop the build with the same problems, no stack trace and no .prerender folder", () => {
    expect(failed.status).toBe(1);
    for (const problem of problems) expect(failed.output).toContain(problem);
    expect(failed.output).toContain("3 problems found; the site was not built.");
    expect(failed.output).not.toMatch(/Stack trace|\n\s+at /u);
    expect(existsSync(join(failedDist(), ".prerender"))).toBe(false);
    expect(existsSync(join(dist, ".prerender"))).toBe(false);
  });
});
