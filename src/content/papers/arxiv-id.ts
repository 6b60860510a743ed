/** arXiv identifiers, the only thing the archive stores as a paper's `arxiv_id`. */

// New style since 2007: YYMM.NNNN (to 2014) or YYMM.NNNNN, optionally a version.
const NEW_STYLE = /^\d{4}\.\d{4,5}(?:v\d+)?$/u;
// Old style: archive (with an optional subject class) / YYMMNNN, e.g. hep-th/9901001, math.GT/0309136.
const OLD_STYLE = /^[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?$/u;

export function isArxivId(value: string): boolean {
  return NEW_STYLE.test(value) || OLD_STYLE.test(value);
}
