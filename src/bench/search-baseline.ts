/**
 * The search baseline of issue 11: our built paper pages indexed by Pagefind at its defaults as
 * one plain index, and searched through Pagefind's JS API from a bare page that, like ours,
 * loads Pagefind when the first query is submitted and shows the first ten results.
 */
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Measured, measure } from "./process-tree.ts";

/** The baseline's search page, at /search/: the same element ids as ours (see first-search.ts). */
export const BASELINE_SEARCH_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Search</title></head>
<body>
<form id="search"><input id="q" name="q" type="search"><button>Search</button></form>
<p id="search-status"></p>
<ol id="search-results"></ol>
<script type="module">
const form = document.getElementById("search");
const input = document.getElementById("q");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
let pagefind;
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  list.setAttribute("aria-busy", "true");
  pagefind ??= import("/pagefind/pagefind.js");
  const found = await (await pagefind).search(input.value);
  const shown = await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
  list.replaceChildren(
    ...shown.map((data) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = data.url;
      link.textContent = data.meta.title ?? data.url;
      const excerpt = document.createElement("p");
      excerpt.textContent = data.excerpt.replace(/<[^>]*>/g, "");
      item.append(link, excerpt);
      return item;
    }),
  );
  status.textContent = found.results.length + " papers found";
  list.setAttribute("aria-busy", "false");
});
</script>
</body>
</html>
`;

/**
 * Builds the baseline site in `dir` from a built `dist/`: its paper pages, Pagefind's default
 * index of them, and the search page. Returns Pagefind's run (time and peak memory).
 */
export async function buildSearchBaseline(
  dir: string,
  dist: string,
  projectRoot: string,
): Promise<Measured> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(join(dist, "papers"), join(dir, "papers"), { recursive: true });
  const pagefind = await measure(
    join(projectRoot, "node_modules", ".bin", "pagefind"),
    ["--site", dir],
    { cwd: projectRoot },
  );
  if (pagefind.status !== 0)
    throw new Error(
      `Pagefind on the baseline failed (${pagefind.status}):\n${pagefind.stderr || pagefind.stdout}`,
    );
  await mkdir(join(dir, "search"), { recursive: true });
  await writeFile(join(dir, "search", "index.html"), BASELINE_SEARCH_PAGE);
  return pagefind;
}
