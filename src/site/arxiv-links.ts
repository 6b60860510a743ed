/**
 * Addresses of a paper on arXiv and Hugging Face, from its arXiv id. Each path segment is
 * percent-encoded: an old-style id (hep-th/9901001) is two segments, and an id is never trusted
 * to be URL-safe, even though the schema only lets arXiv ids through.
 */
import { isArxivId } from "../content/papers/arxiv-id.ts";

export interface ArxivLinks {
  id: string;
  /** The abstract page, https://arxiv.org/abs/<id>. */
  abs: string;
  pdf: string;
  /** The paper's page on Hugging Face. */
  huggingFace: string;
}

/** The id as a URL path: `hep-th/9901001` → `hep-th/9901001`, every segment encoded. */
export function arxivIdPath(id: string): string {
  return id.split("/").map(encodeURIComponent).join("/");
}

export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${arxivIdPath(id)}`;
}

/** The links for an id, or undefined when it is not an arXiv id (a hand-edited file, say). */
export function arxivLinks(id: string | undefined): ArxivLinks | undefined {
  if (id === undefined || !isArxivId(id)) return undefined;
  const path = arxivIdPath(id);
  return {
    id,
    abs: arxivAbsUrl(id),
    pdf: `https://arxiv.org/pdf/${path}`,
    huggingFace: `https://huggingface.co/papers/${path}`,
  };
}
