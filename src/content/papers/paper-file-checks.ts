/**
 * Checks on paper files that read well but cannot be published as they are: a file name that is
 * not a slug (it is the paper's address) is a problem; a character no page or feed can carry is a
 * warning, as the site shows U+FFFD in its place and the file keeps it.
 */
import type { Problem } from "../problem.ts";
import { lineOfOffset } from "../text.ts";
import { codePoint, firstUnsafeCharacter, REPLACEMENT_CHARACTER } from "../unsafe-characters.ts";
import type { StoredPaper } from "./paper-file.ts";
import { isSlug, slugForFileName } from "./slug.ts";

/** A problem for a file name that is not a slug; the slug it suggests is then taken. */
function fileNameProblem(paper: StoredPaper, taken: Set<string>): Problem | undefined {
  if (isSlug(paper.slug)) return undefined;
  const slug = slugForFileName(paper.slug, (candidate) => taken.has(candidate));
  taken.add(slug);
  return {
    file: paper.file,
    message: `the file name ${JSON.stringify(paper.slug)} is not a slug: a paper's file name is its page's permanent address, in lowercase letters, digits and single hyphens`,
    fix: `rename it to ${slug}.md`,
  };
}

/** A warning for the first character of a paper file's text that no page or feed can carry. */
export function unsafeCharacterWarning(
  paper: Pick<StoredPaper, "file" | "text">,
): Problem | undefined {
  const found = firstUnsafeCharacter(paper.text);
  if (!found) return undefined;
  return {
    file: paper.file,
    line: lineOfOffset(paper.text, found.index),
    message: `holds ${codePoint(found.char)}, a character web pages and feeds cannot carry: the site shows ${REPLACEMENT_CHARACTER} in its place`,
    fix: "delete the character if it came in by mistake; the file keeps it otherwise",
  };
}

export function checkPaperFiles(papers: readonly StoredPaper[]): {
  problems: Problem[];
  warnings: Problem[];
} {
  const taken = new Set(papers.map((paper) => paper.slug));
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const paper of papers) {
    const problem = fileNameProblem(paper, taken);
    if (problem) problems.push(problem);
    const warning = unsafeCharacterWarning(paper);
    if (warning) warnings.push(warning);
  }
  return { problems, warnings };
}
