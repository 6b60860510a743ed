/** Where else to look for a paper: searches for its exact title on the big paper indexes. */

/** The title as a search engine should get it: math delimiters dropped. */
export function searchableTitle(title: string): string {
  return title.replace(/\$/gu, "").replace(/\s+/gu, " ").trim();
}

export interface SearchLink {
  label: string;
  href: string;
}

export function externalSearches(title: string): SearchLink[] {
  const query = searchableTitle(title);
  const quoted = `"${query}"`;
  return [
    {
      label: "arXiv",
      href: `https://arxiv.org/search/?searchtype=title&query=${encodeURIComponent(query)}`,
    },
    { label: "Hugging Face", href: `https://huggingface.co/papers?q=${encodeURIComponent(query)}` },
    {
      label: "Google Scholar",
      href: `https://scholar.google.com/scholar?q=${encodeURIComponent(quoted)}`,
    },
  ];
}
