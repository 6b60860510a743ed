/**
 * Where a title or abstract holds math: `$…$` and `$$…$$` found by the rules Pandoc uses, so that
 * a price like "$5" stays text. The site typesets these spans; nothing inside them is a link.
 */

export type MathSegment =
  | { kind: "text"; text: string }
  | { kind: "math"; tex: string; display: boolean; source: string };

/**
 * An opening `$` has a non-space after it; a closing `$` has a non-space before it and no digit
 * after it; `\$` is a literal dollar. `$$…$$` is display math.
 */
const MATH =
  /(?<!\\)\$\$(?!\s)([^$]+?)(?<!\s)\$\$|(?<![\\$])\$(?![\s$])([^$]+?)(?<![\s\\])\$(?![\d$])/gu;

export function splitMath(text: string): MathSegment[] {
  const segments: MathSegment[] = [];
  let position = 0;
  for (const match of text.matchAll(MATH)) {
    if (match.index > position)
      segments.push({ kind: "text", text: text.slice(position, match.index) });
    const display = match[1] !== undefined;
    segments.push({ kind: "math", tex: match[1] ?? match[2] ?? "", display, source: match[0] });
    position = match.index + match[0].length;
  }
  if (position < text.length) segments.push({ kind: "text", text: text.slice(position) });
  return segments;
}

export function hasMath(text: string): boolean {
  return splitMath(text).some((segment) => segment.kind === "math");
}
