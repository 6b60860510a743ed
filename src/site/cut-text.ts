/** Text cut short for a meta description, between characters as a reader sees them. */

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * The text if it has at most `max` UTF-16 code units; otherwise its longest start of at most
 * `max - 3` code units that ends between two graphemes (never inside a surrogate pair, an emoji
 * sequence or a letter with its accents), then "…".
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const limit = max - 3;
  // A boundary depends only on what precedes it and the code point after it: the start up to one
  // code point past the limit segments as the whole text does.
  const start = text.slice(0, limit + 2);
  // Below U+0300 (where combining marks begin), but for CR LF, every code unit is a grapheme.
  // Segmenting cost 0.3 ms an abstract, most of a no-op build's excerpts (10,000 papers, profiled).
  if (!/[\r\u0300-\u{10FFFF}]/u.test(start)) return `${text.slice(0, limit)}…`;
  let end = 0;
  for (const { index, segment } of graphemes.segment(start)) {
    if (index + segment.length > limit) break;
    end = index + segment.length;
  }
  return `${text.slice(0, end)}…`;
}
