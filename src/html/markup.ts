/**
 * HTML as text, for pages written without Astro's renderer (paper pages, see
 * src/build/framed-pages.ts) and for markup repeated many times a page (lists of papers). `html`
 * escapes every value put into it, as Astro's templates do; only `Markup` (made by `html` itself,
 * or `trusted` for KaTeX's MathML and JSON-LD) goes in as it is. So text from a paper file is data
 * wherever it lands.
 */

export class Markup {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

/** What a template takes: text (escaped), markup, lists of either, and nothing (false, undefined). */
export type HtmlValue = string | number | Markup | readonly HtmlValue[] | false | null | undefined;

const ESCAPED = /[&<>"']/gu;
const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text as HTML, safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(ESCAPED, (character) => ENTITY[character] as string);
}

/** Markup made elsewhere and trusted as it is: KaTeX's MathML, JSON-LD made safe for a script. */
export function trusted(text: string): Markup {
  return new Markup(text);
}

function valueHtml(value: HtmlValue): string {
  if (value instanceof Markup) return value.text;
  if (typeof value === "string") return escapeHtml(value);
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(valueHtml).join("");
  return "";
}

/** A template of markup whose values are escaped unless they are markup themselves. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Markup {
  let text = strings[0] as string;
  for (let index = 0; index < values.length; index++) {
    text += valueHtml(values[index]) + (strings[index + 1] as string);
  }
  return new Markup(text);
}
