/**
 * Text from a digest, ready to render: math typeset as MathML, URLs as links, everything else
 * plain text for the template to escape.
 */

import { splitMath } from "../../content/math-spans.ts";
import { linkify } from "./linkify.ts";
import { renderMath } from "./math.ts";
import { texToText } from "./math-text.ts";

export type RichSegment =
  | { kind: "text"; text: string }
  | { kind: "link"; text: string; href: string }
  /** Trusted markup: KaTeX's MathML for a formula, and the formula read as text. */
  | { kind: "math"; html: string; text: string };

export function richSegments(text: string, options: { links?: boolean } = {}): RichSegment[] {
  const segments: RichSegment[] = [];
  for (const part of splitMath(text)) {
    if (part.kind === "math") {
      const html = renderMath(part.tex, part.display);
      // What KaTeX cannot typeset is shown as written.
      segments.push(
        html === undefined
          ? { kind: "text", text: part.source }
          : { kind: "math", html, text: texToText(part.tex) },
      );
    } else if (options.links) {
      for (const piece of linkify(part.text)) {
        segments.push(
          piece.href
            ? { kind: "link", text: piece.text, href: piece.href }
            : { kind: "text", text: piece.text },
        );
      }
    } else {
      segments.push({ kind: "text", text: part.text });
    }
  }
  return segments;
}
