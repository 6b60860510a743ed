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
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > limit) break;
    end = index + segment.length;
  }
  return `${text.slice(0, end)}…`;
}
