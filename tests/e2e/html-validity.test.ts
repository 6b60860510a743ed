/**
 * The built HTML is valid: the Nu HTML Checker (vnu-jar, as W3C's validator runs it) reports no
 * errors on one page of each kind, on the example site and on both fixture builds.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../support/archive.ts";
import { htmlErrors } from "../support/html-validator.ts";

const sites = inject("sites");

function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** One built page of each kind (and every date level), as files of `dist`. */
function pagesOf(dist: string, extraPapers: string[] = []): string[] {
  const pages = ["index.html", "404.html", "search/index.html", "topics/index.html"];
  pages.push("dates/index.html");
  for (const year of subfolders(join(dist, "dates"))) {
    pages.push(`dates/${year}/index.html`);
    for (const month of subfolders(join(dist, "dates", year))) {
      pages.push(`dates/${year}/${month}/index.html`);
      for (const day of subfolders(join(dist, "dates", year, month))) {
        pages.push(`dates/${year}/${month}/${day}/index.html`);
      }
    }
  }
  const papers = subfolders(join(dist, "papers"));
  for (const paper of [papers[0], papers.at(-1), ...extraPapers]) {
    if (paper) pages.push(`papers/${paper}/index.html`);
  }
  // Every topic page, and every further page of a paginated topic.
  for (const topic of subfolders(join(dist, "topics"))) {
    pages.push(`topics/${topic}/index.html`);
    for (const page of subfolders(join(dist, "topics", topic))) {
      pages.push(`topics/${topic}/${page}/index.html`);
    }
  }
  return [...new Set(pages)].map((page) => join(dist, page));
}

const SITES: [name: string, files: string[]][] = [
  [
    "the example site",
    pagesOf(join(PROJECT_ROOT, "dist"), ["scaling-diffusion-transformers-efficiently-via-mup"]),
  ],
  ...[sites.root, sites.project].map((build): [string, string[]] => [
    `the fixture site at ${build.base}`,
    pagesOf(build.dist, [
      "alert-pwned-attention-is-not-all-you-need",
      "sparse-ell-1-recovery-at-o-n-log-n-cost",
      "paper-9203496cf8",
      "rannie-ostanovki-v-obuchenii-nejronnyh-setej",
      "mos-mixture-of-shards-for-low-rank-adaptation",
      "routing-a-mixture-of-experts-at-trillion-token-scale",
      "alert-title-captions-that-break-viewers",
    ]).concat(
      ["arxiv/2501.01234/index.html", "arxiv/hep-th/9901001/index.html"].map((page) =>
        join(build.dist, page),
      ),
    ),
  ]),
];

describe("valid HTML", () => {
  it.each(SITES)("has no validator errors on %s", (_, files) => {
    for (const file of files) expect(existsSync(file), file).toBe(true);
    expect(files.length).toBeGreaterThan(10);
    const root = join(files[0] ?? "", "..");
    expect(htmlErrors(files, root)).toEqual([]);
  });
});
