/**
 * Parses the text of one digest: page chrome, an optional date line, then for each paper a
 * title paragraph and an abstract paragraph separated by blank lines.
 */
import { type HeaderDate, parseHeaderDate } from "../content/dates.ts";
import { PaperIndex } from "../content/papers/paper-identity.ts";
import type { PaperDetails } from "../content/papers/paper-schema.ts";
import type { Problem } from "../content/problem.ts";
import { isBlank, normalizeWhitespace, quote, splitLines } from "../content/text.ts";

/** One paper as listed in a digest. */
export interface DigestEntry {
  /** Whitespace-normalised title. */
  title: string;
  /** Whitespace-normalised abstract. */
  abstract: string;
  /** 1-based line of the title in the digest file (of the record, in a JSON digest). */
  line: number;
  /** Paper file keys from a Daily Papers record: only entries of JSON digests have them. */
  details?: PaperDetails;
}

export interface ParsedDigest {
  /** The date line of the header, if the digest has one. */
  headerDate?: { date: HeaderDate; line: number };
  /** A date line that names no real day ("Feb 30"); it is also among the problems. */
  impossibleDate?: { text: string; line: number };
  entries: DigestEntry[];
  problems: Problem[];
  warnings: Problem[];
}

/** Lines of the Hugging Face "Daily Papers" page that surround the papers. */
const PAGE_CHROME = new Set(
  [
    "new",
    "Get trending papers in your email inbox!",
    "Subscribe",
    "Daily Papers",
    "byAK and the research community",
  ].map((line) => line.toLowerCase()),
);

/**
 * A title longer than this that also reads as several sentences is an abstract out of place:
 * a title or a blank line is missing above it.
 */
const LONGEST_PLAUSIBLE_TITLE = 300;

interface Paragraph {
  text: string;
  line: number;
  lineCount: number;
}

function paragraphs(text: string): Paragraph[] {
  const result: Paragraph[] = [];
  let current: string[] = [];
  let start = 0;
  splitLines(text).forEach((line, index) => {
    if (isBlank(line)) {
      if (current.length > 0) {
        result.push({
          text: normalizeWhitespace(current.join(" ")),
          line: start,
          lineCount: current.length,
        });
        current = [];
      }
      return;
    }
    if (current.length === 0) start = index + 1;
    current.push(line);
  });
  if (current.length > 0) {
    result.push({
      text: normalizeWhitespace(current.join(" ")),
      line: start,
      lineCount: current.length,
    });
  }
  return result;
}

function looksLikeAbstract(text: string): boolean {
  return text.length > LONGEST_PLAUSIBLE_TITLE && /[.!?]\s+\p{Lu}/u.test(text);
}

export function parseDigestText(text: string, file: string): ParsedDigest {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const blocks = paragraphs(text);
  if (blocks.length === 0) {
    problems.push({
      file,
      message: "the file is empty",
      fix: "paste the digest's text into it, or delete it",
    });
    return { entries: [], problems, warnings };
  }

  // Page chrome stands above the date line, or above the first paper when there is none: after
  // the date line, a paragraph is a paper's title even if it reads "Subscribe".
  let headerDate: ParsedDigest["headerDate"];
  let impossibleDate: ParsedDigest["impossibleDate"];
  let index = 0;
  for (; index < blocks.length; index++) {
    const block = blocks[index] as Paragraph;
    if (PAGE_CHROME.has(block.text.toLowerCase())) continue;
    const date = parseHeaderDate(block.text);
    if (date === undefined) break;
    index++;
    if ("impossible" in date) {
      impossibleDate = { text: block.text, line: block.line };
      problems.push({
        file,
        line: block.line,
        message: `the date line ${quote(block.text)} names a day that does not exist`,
        fix: "correct the date line to the digest's real date",
      });
    } else {
      headerDate = { date, line: block.line };
    }
    break;
  }

  const body = blocks.slice(index);
  if (body.length === 0) {
    problems.push({
      file,
      ...(headerDate ? { line: headerDate.line } : {}),
      message: "no papers found: the file has only the page header",
      fix: "paste the whole digest, with a title line and an abstract paragraph for each paper",
    });
  }

  const entries: DigestEntry[] = [];
  // Earlier listings by line: a title listed again is skipped only when it is the same paper.
  const seen = new PaperIndex<number>();
  for (let i = 0; i < body.length; i += 2) {
    const title = body[i] as Paragraph;
    const abstract = body[i + 1];
    if (looksLikeAbstract(title.text)) {
      problems.push({
        file,
        line: title.line,
        message: `expected a paper title here but found a paragraph that reads like an abstract: ${quote(title.text)}`,
        fix: "restore the missing title above it, or the blank line between a title and its abstract",
      });
      // Papers after this point would pair titles with the wrong abstracts: report once and stop.
      break;
    }
    if (abstract === undefined) {
      problems.push({
        file,
        line: title.line,
        message: `the title ${quote(title.text)} has no abstract after it (the paste looks cut short)`,
        fix: "paste the rest of the digest, or delete this last title",
      });
      break;
    }
    if (title.lineCount > 1) {
      warnings.push({
        file,
        line: title.line,
        message: `the title ${quote(title.text)} spans ${title.lineCount} lines; they were joined`,
        fix: "nothing to do if that is right; otherwise add the missing blank line",
      });
    }
    const identity = { title: title.text, abstract: abstract.text };
    const firstLine = seen.match(identity).paper;
    if (firstLine !== undefined) {
      warnings.push({
        file,
        line: title.line,
        message: `${quote(title.text)} is listed twice in this digest (first on line ${firstLine}); the second listing was skipped`,
        fix: "nothing to do unless they are different papers",
      });
      continue;
    }
    seen.add(title.line, identity);
    entries.push({ title: title.text, abstract: abstract.text, line: title.line });
  }

  return {
    ...(headerDate ? { headerDate } : {}),
    ...(impossibleDate ? { impossibleDate } : {}),
    entries,
    problems,
    warnings,
  };
}
