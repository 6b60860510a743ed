/**
 * Chinese and Japanese are written without spaces between words, and Pagefind finds words at
 * spaces: it segments only pages whose language needs it, and every page here is English. So the
 * index and the search page both treat each Han or kana character (and CJK punctuation) as a word
 * of its own: any run of characters typed finds the texts that hold all of them, whatever a
 * dictionary would call a word, and the same in every browser. The search page takes the spaces
 * out again when it shows the text. Other scripts are left as they are.
 */

const CJK =
  "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆\\u3000-\\u303f\\uff00-\\uffef";
const CJK_CHARACTER = new RegExp(`[${CJK}]`, "u");
const CJK_CHARACTERS = new RegExp(`[${CJK}]`, "gu");

/** The text with every Chinese or Japanese character a word: spaces around each, one at most. */
export function spaceCjkCharacters(text: string): string {
  return text.replace(CJK_CHARACTERS, " $& ").replace(/\s+/gu, " ").trim();
}

/** Whether two words the index split apart stood together in the text: one side is CJK. */
export function joinsWithoutSpace(before: string, after: string): boolean {
  return CJK_CHARACTER.test(before.slice(-1)) || CJK_CHARACTER.test(after.slice(0, 1));
}

/** Whether a query word is Chinese or Japanese (matched inside a title, not at word starts). */
export function isCjkWord(word: string): boolean {
  return CJK_CHARACTER.test(word.slice(0, 1));
}
