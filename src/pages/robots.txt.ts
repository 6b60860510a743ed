/** /robots.txt: everything may be crawled; the sitemap is named with its full URL. */
import type { APIRoute } from "astro";
import { paths } from "../data/archive.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL(paths.asset("sitemap-index.xml"), site).href}\n`,
    { headers: { "content-type": "text/plain; charset=utf-8" } },
  );
