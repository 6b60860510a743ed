/**
 * Slugs: the permanent name of a paper's file and page. Readable lowercase ASCII words from the
 * title, cut at a word; markup and symbols never become words.
 */
import { createHash } from "node:crypto";
import slugify from "slugify";
import { GREEK_LETTERS } from "../tex-symbols.ts";

export const MAX_SLUG_LENGTH = 80;

/**
 * Greek letters in math, by name. Not υ: slugs are permanent, and υ has always been left to
 * slugify, which makes it "y".
 */
const GREEK_NAMES = new Map(
  Object.entries(GREEK_LETTERS)
    .filter(([name]) => name !== "upsilon")
    .map(([name, letter]) => [letter, name]),
);

/** LaTeX commands that only style what follows them: their names are not words of the title. */
const STYLE_COMMANDS =
  /\\(?:math[a-z]*|text[a-z]*|operatorname|boldsymbol|bm|left|right|big|Big|bigg|Bigg|displaystyle|scriptstyle|mathop|rm|bf|it|cal|frac|sqrt|hat|tilde|bar|vec|dot)(?![A-Za-z])/gu;

/** LaTeX as a reader would say it: `\ell_1` reads "ell 1"; style commands are dropped. */
function spokenLatex(text: string): string {
  return text.replace(STYLE_COMMANDS, " ").replace(/\\([A-Za-z]+)/gu, " $1 ");
}

/** Greek letters in math are read by name: `$μ$P` reads "muP". */
function spokenMath(math: string): string {
  return math.replace(/[α-ω]/gu, (letter) => GREEK_NAMES.get(letter) ?? letter);
}

/** The title with markup, math delimiters and symbols turned into word breaks. */
function slugWords(title: string): string {
  return spokenLatex(
    title
      .replace(/<\/?[A-Za-z][^<>]*>/gu, " ")
      // Entities, also double-escaped ones (&amp;lt;) and the common ones written without ";".
      .replace(/&amp;/giu, "&")
      .replace(/&(?:#\d+|#x[0-9a-f]+|[a-z]+);|&(?:amp|lt|gt|quot|apos|nbsp)\b/giu, " ")
      .replace(/\$([^$]+)\$/gu, (_, math: string) => spokenMath(math)),
  )
    .replace(/['’‘`]/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ");
}

/** Cuts a hyphenated slug to at most `max` characters at a word boundary. */
function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastBreak = cut.lastIndexOf("-");
  return lastBreak > 0 ? cut.slice(0, lastBreak) : slug.slice(0, max);
}

/**
 * Letters and digits written as compatibility characters, folded (NFKC) to the ones slugify knows:
 * the ligature "ﬁ" is "fi", "²" is "2", "Ｇ" is "G". Symbols stay as they are ("™" is not "TM").
 */
function foldCompatibility(title: string): string {
  return title.replace(/[\p{L}\p{N}]/gu, (char) => char.normalize("NFKC"));
}

/**
 * The slug a title asks for, before uniqueness. Compatibility letters are folded first, as
 * slugify would drop them ("ﬁnal" would be "nal"); this names new papers only, as existing files
 * keep their names. Titles in scripts with no ASCII transliteration get a stable
 * `paper-<hash>` slug.
 */
export function slugForTitle(title: string): string {
  const words = slugWords(foldCompatibility(title));
  const ascii = slugify(words, { lower: true, strict: true, trim: true });
  const slug = cutAtWord(ascii.replace(/-+/gu, "-").replace(/^-|-$/gu, ""), MAX_SLUG_LENGTH);
  if (slug !== "") return slug;
  return `paper-${createHash("sha256").update(title).digest("hex").slice(0, 10)}`;
}

/** `base`, or `base-2`, `base-3`… the first one not taken, still within the length limit. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${cutAtWord(base, MAX_SLUG_LENGTH - suffix.length)}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/** Whether a string is shaped like a slug this module makes (used to validate file names). */
export function isSlug(text: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(text);
}

/**
 * The slug to rename a paper file to when its name is not one: the name made a slug, and not one
 * of the taken slugs.
 */
export function slugForFileName(name: string, isTaken: (slug: string) => boolean): string {
  return uniqueSlug(slugForTitle(name), isTaken);
}
