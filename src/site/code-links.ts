/**
 * A paper's links by kind, for the page's "Code" and "Project and other pages" lists and the
 * "has code" filter. Only http(s) URLs become links: the paper file's schema checks its keys, and
 * this checks again, whatever a file holds.
 */
import { isHttpUrl } from "../content/links.ts";
import type { Paper } from "./archive.ts";

const CODE_HOSTS =
  /^(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|git\.sr\.ht|sourceforge\.net)$/iu;

export function isCodeLink(url: string): boolean {
  try {
    const { hostname, pathname } = new URL(url);
    // A host's front page is not a repository.
    return CODE_HOSTS.test(hostname) && pathname.replace(/\/+$/u, "") !== "";
  } catch {
    return false;
  }
}

/** The http(s) URLs among these, each once, in order. */
function webLinks(urls: readonly (string | undefined)[]): string[] {
  return [...new Set(urls.filter((url): url is string => url !== undefined && isHttpUrl(url)))];
}

/**
 * Code: the paper's repository (`code`), then repositories its abstract links. Other pages: its
 * project page, then the abstract's other links, less any already listed as code.
 */
export function linkGroups(paper: Pick<Paper, "links" | "code" | "projectPage">): {
  code: string[];
  other: string[];
} {
  const code = webLinks([paper.code, ...paper.links.filter(isCodeLink)]);
  const other = webLinks([paper.projectPage, ...paper.links.filter((url) => !isCodeLink(url))]);
  return { code, other: other.filter((url) => !code.includes(url)) };
}
