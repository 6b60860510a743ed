/** /papers/<slug>.bib: the paper's BibTeX entry as a file. */
import type { APIRoute, GetStaticPaths } from "astro";
import { archive, paths } from "../../data/archive.ts";
import type { Paper } from "../../lib/archive.ts";
import { cacheKey } from "../../lib/cache-key.ts";
import { bibtex } from "../../lib/citation.ts";

export const getStaticPaths = (() =>
  archive.papers.map((paper) => ({
    params: { slug: paper.slug },
    props: { paper },
    cacheKey: cacheKey(paper.slug, paper.title, paper.date),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ paper: Paper }> = ({ props: { paper }, site }) =>
  new Response(bibtex(paper, new URL(paths.paper(paper.slug), site).href), {
    headers: { "content-type": "application/x-bibtex; charset=utf-8" },
  });
