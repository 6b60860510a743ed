/**
 * One digest file: its bytes decoded, its papers parsed and its date settled from the file name
 * and the header's date line, which must agree.
 */

import { type DigestEntry, parseDigestText } from "../sources/pasted-page.ts";
import { formatHeaderDate, headerDateMatches, type IsoDate, parseIsoDate } from "./dates.ts";
import { decodeText } from "./decode.ts";
import type { Problem } from "./problem.ts";

export interface Digest {
  /** Path of the file, for messages. */
  file: string;
  /** The digest's calendar day. */
  date: IsoDate;
  entries: DigestEntry[];
}

export type DigestResult =
  | { ok: true; digest: Digest; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

const FILE_NAME_DATE = /^(\d{4}-\d{2}-\d{2})(?:[-_.][^/\\]*)?\.txt$/u;

/** File names the split reads: an ISO date, optionally a suffix, and `.txt`. */
export function isDigestFileName(name: string): boolean {
  return name.endsWith(".txt") && !name.startsWith(".");
}

/**
 * The date a digest file name starts with. `impossible` for a name shaped like a date that is
 * not a real day (`2025-02-30.txt`).
 */
export function dateFromFileName(name: string): IsoDate | "impossible" | undefined {
  const match = FILE_NAME_DATE.exec(name);
  if (!match) return undefined;
  const date = match[1] as IsoDate;
  return parseIsoDate(date) ? date : "impossible";
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/** Reads one digest file that lives in the digests folder, where its name gives its date. */
export function readDigest(bytes: Uint8Array, file: string): DigestResult {
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem], warnings: [] };
  const parsed = parseDigestText(decoded.text, file);
  const problems = [...parsed.problems];

  const name = baseName(file);
  const fileDate = dateFromFileName(name);
  if (fileDate === undefined) {
    problems.push({
      file,
      message: `the file name ${JSON.stringify(name)} does not start with the digest's date`,
      fix: `rename it to YYYY-MM-DD.txt (for example 2025-07-30.txt), or store it with: npm run add -- ${JSON.stringify(file)}`,
    });
  } else if (fileDate === "impossible") {
    problems.push({
      file,
      message: `the file name ${JSON.stringify(name)} names a day that does not exist`,
      fix: "rename it to the digest's real date, YYYY-MM-DD.txt",
    });
  } else if (parsed.headerDate && !headerDateMatches(parsed.headerDate.date, fileDate)) {
    problems.push({
      file,
      line: parsed.headerDate.line,
      message: `the date line says ${formatHeaderDate(parsed.headerDate.date)} but the file name says ${fileDate}`,
      fix: "rename the file to the date in its header, or correct the date line if the paste is from another day",
    });
  }

  if (problems.length > 0 || fileDate === undefined || fileDate === "impossible") {
    return { ok: false, problems, warnings: parsed.warnings };
  }
  return {
    ok: true,
    digest: { file, date: fileDate, entries: parsed.entries },
    warnings: parsed.warnings,
  };
}
