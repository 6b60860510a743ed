/**
 * Math as plain readable text, for where markup cannot go: the browser tab, meta tags, feeds,
 * search results. `$\ell_1$` → "ℓ₁", `$O(n \log n)$` → "O(n log n)", `$μ$P` → "μP".
 */

import { splitMath } from "../../content/math-spans.ts";
import { TEX_SYMBOLS } from "../../content/tex-symbols.ts";
import { renderMath } from "./math.ts";

/** Operator names written as words. */
const WORDS = new Set([
  "log",
  "ln",
  "exp",
  "sin",
  "cos",
  "tan",
  "max",
  "min",
  "arg",
  "sup",
  "inf",
  "lim",
  "det",
  "dim",
  "Pr",
]);

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
  "+": "⁺",
  "-": "⁻",
  "=": "⁼",
  "(": "⁽",
  ")": "⁾",
  n: "ⁿ",
  i: "ⁱ",
  T: "ᵀ",
  "⊤": "ᵀ",
  "*": "*",
};
const SUBSCRIPT: Readonly<Record<string, string>> = {
  "0": "₀",
  "1": "₁",
  "2": "₂",
  "3": "₃",
  "4": "₄",
  "5": "₅",
  "6": "₆",
  "7": "₇",
  "8": "₈",
  "9": "₉",
  "+": "₊",
  "-": "₋",
  "=": "₌",
  "(": "₍",
  ")": "₎",
  i: "ᵢ",
  j: "ⱼ",
  k: "ₖ",
  n: "ₙ",
  t: "ₜ",
};

function script(content: string, table: Readonly<Record<string, string>>, marker: string): string {
  const chars = [...content];
  if (chars.length > 0 && chars.every((char) => table[char] !== undefined)) {
    return chars.map((char) => table[char]).join("");
  }
  return chars.length === 1 ? `${marker}${content}` : `${marker}(${content})`;
}

/** A fraction's part, in parentheses unless it is one word or number. */
function grouped(part: string): string {
  const trimmed = part.trim();
  return /^[\p{L}\p{N}.]+$/u.test(trimmed) ? trimmed : `(${trimmed})`;
}

/** Reads one formula's TeX as text. */
export function texToText(tex: string): string {
  let text = tex
    .replace(/\\(?:left|right|big|Big|bigg|Bigg|displaystyle|,|;|!|quad|qquad)(?![A-Za-z])/gu, " ")
    .replace(
      /\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/gu,
      (_, top: string, bottom: string) => `${grouped(top)}/${grouped(bottom)}`,
    )
    .replace(
      /\\(?:math[a-z]*|text[a-z]*|operatorname|boldsymbol|bm|rm|hat|tilde|bar|vec|widetilde|widehat)\s*\{([^{}]*)\}/gu,
      "$1",
    )
    .replace(
      /\\([A-Za-z]+)/gu,
      (_, name: string) => TEX_SYMBOLS[name] ?? (WORDS.has(name) ? ` ${name} ` : name),
    )
    .replace(/\\([{}$%&_#])/gu, "$1");
  text = text
    .replace(/\^\s*\{([^{}]*)\}|\^\s*(\S)/gu, (_, group?: string, single?: string) =>
      script((group ?? single ?? "").trim(), SUPERSCRIPT, "^"),
    )
    .replace(/_\s*\{([^{}]*)\}|_\s*(\S)/gu, (_, group?: string, single?: string) =>
      script((group ?? single ?? "").trim(), SUBSCRIPT, "_"),
    );
  return text
    .replace(/[{}]/gu, "")
    .replace(/\s+/gu, " ")
    .replace(/\(\s+/gu, "(")
    .replace(/\s+\)/gu, ")")
    .trim();
}

/** A title or abstract with every formula read as text. */
export function plainText(text: string): string {
  return splitMath(text)
    .map((segment) => {
      if (segment.kind === "text") return segment.text;
      // What KaTeX cannot typeset is shown as written, here as on the page.
      return renderMath(segment.tex, segment.display) === undefined
        ? segment.source
        : texToText(segment.tex);
    })
    .join("");
}
