/**
 * A BibTeX key in the usual reference-manager shape: the first author's family name in ASCII, the
 * year and the first significant word of the title ("yu2026openforgerl"). Only [a-z0-9], the
 * same for the same paper on every build.
 */
import slugify from "slugify";
import type { Paper } from "./archive.ts";
import { plainText } from "./rich-text/math-text.ts";

/** Words a title may start with that say nothing of its subject. */
const FUNCTION_WORDS = new Set(
  `a an the and or but nor of on in into onto at by for from to towards toward with without via
  over under about as is are be do does did can could should would will how what when where why
  which who whether`.split(/\s+/u),
);

/** Words after a family name that are not the family name. */
const NAME_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/**
 * The letters and digits of a text in ASCII: compatibility forms unfolded (ℓ₁ → l1), accents
 * dropped, Cyrillic and Greek transliterated; symbols are dropped before slugify could spell
 * them out ("<" as "less").
 */
export function asciiWord(text: string): string {
  const lettersAndDigits = text.normalize("NFKD").replace(/[^\p{L}\p{N}]/gu, "");
  return slugify(lettersAndDigits, { lower: true, strict: true }).replace(/[^a-z0-9]/gu, "");
}

/**
 * The family name of a name written given name first (as arXiv lists authors), or family name
 * first before a comma; empty when it has no ASCII letter (a name in Chinese script).
 */
export function familyName(name: string): string {
  const comma = name.indexOf(",");
  if (comma >= 0) return asciiWord(name.slice(0, comma));
  // A word without a letter ("3", as in "Team 3") is no family name.
  const words = name
    .split(/\s+/u)
    .map(asciiWord)
    .filter((word) => /[a-z]/u.test(word));
  while (words.length > 1 && NAME_SUFFIXES.has(words.at(-1) ?? "")) words.pop();
  return words.at(-1) ?? "";
}

/** The title's first word that is not a function word, in ASCII ("OpenForge-RL:" → "openforgerl"). */
export function firstSignificantWord(title: string): string {
  for (const word of plainText(title).split(/[^\p{L}\p{N}'’-]+/u)) {
    const ascii = asciiWord(word);
    if (ascii !== "" && !FUNCTION_WORDS.has(ascii)) return ascii;
  }
  return "";
}

/** The paper's key; its slug when no first author's name gives a family name in ASCII. */
export function citationKey(paper: Paper): string {
  const family = familyName(paper.authors?.[0] ?? "");
  if (family === "") return paper.slug;
  const year = (paper.arxivDate ?? paper.date).slice(0, 4);
  return `${family}${year}${firstSignificantWord(paper.title)}`;
}
