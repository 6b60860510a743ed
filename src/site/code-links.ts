/** Which of a paper's links point at code, for the page's "Code" list and the "has code" filter. */

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

export function partitionLinks(links: readonly string[]): { code: string[]; other: string[] } {
  return {
    code: links.filter(isCodeLink),
    other: links.filter((url) => !isCodeLink(url)),
  };
}
