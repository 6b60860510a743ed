/** Reading a built site and the archive it was built from, for the site's integration tests. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { gunzipSync } from "node:zlib";
import { SyntaxValidator } from "fast-xml-validator";
import matter from "gray-matter";
import { type HTMLElement, parse } from "node-html-parser";
import { BUNDLE_FOLDER, type IndexPart, PARTS_FILE } from "../../src/search/schema.ts";

/** A paper file as the tests see it: frontmatter plus the abstract (the body's first paragraph). */
export interface PaperFile {
  slug: string;
  title: string;
  date: string;
  dates: string[];
  topics: string[];
  links: string[];
  abstract: string;
  // Keys from JSON digests, absent when no JSON digest listed the paper.
  arxivId?: string;
  authors?: string[];
  arxivDate?: string;
  code?: string;
  projectPage?: string;
  aiSummary?: string;
}

/** The object without its undefined values. */
function definedOnly<T extends object>(object: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/** A paper file's key as text, or nothing when the file has none. */
function optionalText(value: unknown): string | undefined {
  return value === undefined ? undefined : String(value);
}

export interface TopicFile {
  id: string;
  name: string;
}

/** One HTML page of a built site. */
export interface Page {
  /** Path inside dist, with forward slashes: `papers/yes/index.html`. */
  file: string;
  /** The page's URL path under the base: `papers/yes/` (`404.html` for the 404 page). */
  path: string;
  html: string;
  root: HTMLElement;
}

/** Collapses runs of whitespace (NBSP included) to one space and trims. */
export function normalize(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Every file under `dir`, as sorted forward-slash paths relative to it. */
export function listFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, encoding: "utf8" });
  return entries
    .filter((entry) => statSync(join(dir, entry)).isFile())
    .map((entry) => entry.split(sep).join("/"))
    .sort();
}

/** Whether `dist` holds a regular file at this forward-slash relative path. */
export function isFile(dist: string, relative: string): boolean {
  try {
    return statSync(join(dist, ...relative.split("/"))).isFile();
  } catch {
    return false;
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** Every paper file of an archive, by slug. */
export function readPaperFiles(root: string): Map<string, PaperFile> {
  const dir = join(root, "content", "papers");
  const papers = new Map<string, PaperFile>();
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".md")) continue;
    const { data, content } = matter(readFileSync(join(dir, name), "utf8"), {});
    const slug = name.slice(0, -".md".length);
    const body = content.trim();
    const gap = /\n[ \t]*\n/u.exec(body);
    papers.set(slug, {
      slug,
      title: String(data["title"]),
      date: String(data["date"]),
      dates: stringList(data["dates"]),
      topics: stringList(data["topics"]),
      links: stringList(data["links"]),
      abstract: normalize(gap ? body.slice(0, gap.index) : body),
      ...definedOnly({
        arxivId: optionalText(data["arxiv_id"]),
        authors: data["authors"] === undefined ? undefined : stringList(data["authors"]),
        arxivDate: optionalText(data["arxiv_date"]),
        code: optionalText(data["code"]),
        projectPage: optionalText(data["project_page"]),
        aiSummary: optionalText(data["ai_summary"]),
      }),
    });
  }
  return papers;
}

/** Every topic file of an archive, in file-name order. */
export function readTopicFiles(root: string): TopicFile[] {
  const dir = join(root, "content", "topics");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const { data } = matter(readFileSync(join(dir, name), "utf8"), {});
      return { id: name.slice(0, -".md".length), name: String(data["name"]) };
    });
}

/** Parses HTML with a real parser (script and style bodies kept as text). */
export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false });
}

/** Every HTML page of a built site, parsed. */
export function readPages(dist: string): Page[] {
  return listFiles(dist)
    .filter((file) => file.endsWith(".html"))
    .map((file) => {
      const html = readFileSync(join(dist, ...file.split("/")), "utf8");
      const path = file.endsWith("index.html") ? file.slice(0, -"index.html".length) : file;
      return { file, path, html, root: parseHtml(html) };
    });
}

/** The file inside dist that a URL path under the base names: `dir/` → `dir/index.html`. */
export function fileForPath(path: string): string {
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

/** The element's text as a reader sees it (no `hidden` elements), entities decoded, whitespace normalised. */
export function textOf(element: HTMLElement | null | undefined): string | undefined {
  if (!element) return undefined;
  if (!element.querySelector("[hidden]")) return normalize(element.textContent);
  const copy = parse(element.outerHTML, { comment: false });
  for (const hidden of copy.querySelectorAll("[hidden]")) hidden.remove();
  return normalize(copy.textContent);
}

/** Why a text is not well-formed XML with one root element, or undefined when it is. */
export function xmlProblem(text: string): string | undefined {
  try {
    SyntaxValidator.validate(text);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const roots = parseXml(text).children.map((element) => element.rawTagName);
  return roots.length === 1 ? undefined : `${roots.length} root elements: ${roots.join(", ")}`;
}

/**
 * Parses XML with the HTML parser told that no element is void or raw text, so `<link>` holds
 * its URL. Tag names keep their case; selectors match lowercase names only.
 */
export function parseXml(text: string): HTMLElement {
  return parse(text, {
    lowerCaseTagName: false,
    comment: false,
    blockTextElements: {},
    voidTag: { tags: [] },
    preserveTagNesting: true,
  });
}

/** A start tag as the HTML tokenizer reads it: lowercase name, attributes with raw values. */
export interface StartTag {
  name: string;
  attributes: [name: string, value: string][];
}

/** Elements whose content is text up to their end tag, never markup. */
const TEXT_ONLY = new Set(["script", "style", "title", "textarea"]);
const TAG =
  /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/uy;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu;

/**
 * Every start tag of an HTML document in order, read by a small tokenizer independent of the
 * parser the other checks use: comments, doctype and end tags are skipped, a `<` inside a quoted
 * attribute value is part of the value, and script, style, title and textarea hold text up to
 * their end tag. A `<` that starts no tag is text.
 */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  const lower = html.toLowerCase();
  let position = html.indexOf("<");
  while (position !== -1) {
    let next = position + 1;
    if (html.startsWith("<!--", position)) {
      const end = html.indexOf("-->", position + 4);
      next = end === -1 ? html.length : end + 3;
    } else if (/^<[!/?]/u.test(html.slice(position, position + 2))) {
      const end = html.indexOf(">", position);
      next = end === -1 ? html.length : end + 1;
    } else {
      TAG.lastIndex = position;
      const match = TAG.exec(html);
      if (match) {
        const name = (match[1] ?? "").toLowerCase();
        const attributes = [...(match[2] ?? "").matchAll(ATTRIBUTE)].map(
          (attribute): [string, string] => [
            (attribute[1] ?? "").toLowerCase(),
            attribute[2] ?? attribute[3] ?? attribute[4] ?? "",
          ],
        );
        tags.push({ name, attributes });
        next = TAG.lastIndex;
        if (TEXT_ONLY.has(name)) {
          const end = lower.indexOf(`</${name}`, next);
          next = end === -1 ? html.length : end;
        }
      }
    }
    position = html.indexOf("<", next);
  }
  return tags;
}

/** What stands in for a typeset formula in `shownText` and `mathShape`. */
export const MATH = "⟨math⟩";

/**
 * The element's text as a reader sees it, with each typeset formula (KaTeX's `.katex` span)
 * replaced by MATH and `hidden` elements (the formula as text, for search) left out. The page's
 * parsed tree is not changed.
 */
export function shownText(element: HTMLElement): string {
  const copy = parse(element.outerHTML, { comment: false });
  for (const formula of copy.querySelectorAll(".katex")) formula.replaceWith(MATH);
  for (const hidden of copy.querySelectorAll("[hidden]")) hidden.remove();
  return normalize(copy.textContent);
}

/** Source text with each `$…$` or `$$…$$` formula replaced by MATH, whitespace normalised. */
export function mathShape(source: string): string {
  return normalize(source.replace(/\$\$[^$]+\$\$|\$[^$]+\$/gu, MATH));
}

/** One page's record in the Pagefind index: what search shows and filters on. */
export interface PagefindFragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** The folders of a built search index's parts, as `pagefind/parts.json` lists them. */
export function readIndexParts(dist: string): IndexPart[] {
  return JSON.parse(readFileSync(join(dist, BUNDLE_FOLDER, PARTS_FILE), "utf8"));
}

/**
 * Every page record of a built Pagefind index, all its parts (`fragment/*.pf_fragment`: gzip,
 * then the signature `pagefind_dcd`, then JSON), part by part in file-name order.
 */
export function readPagefindFragments(dist: string): PagefindFragment[] {
  return readIndexParts(dist).flatMap((part) =>
    readPartFragments(join(dist, BUNDLE_FOLDER, part.path)),
  );
}

function readPartFragments(bundle: string): PagefindFragment[] {
  const dir = join(bundle, "fragment");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".pf_fragment"))
    .sort()
    .map((name) => {
      const bytes = gunzipSync(readFileSync(join(dir, name)));
      const signature = "pagefind_dcd";
      const text = bytes.toString("utf8");
      if (!text.startsWith(signature)) throw new Error(`${name} is not a Pagefind fragment`);
      return JSON.parse(text.slice(signature.length)) as PagefindFragment;
    });
}
