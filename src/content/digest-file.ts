/**
 * One digest file: its bytes decoded, its papers parsed and its date settled from the file name
 * and the header's date line, which must agree. A digest is a pasted page (`.txt`) or the Daily
 * Papers API's records for the day (`.json`, stored by `npm run fetch`).
 */

import { parseJsonDigest } from "../sources/daily-papers/json-digest.ts";
import { type DigestEntry, type ParsedDigest, parseDigestText } from "../sources/pasted-page.ts";
import { formatHeaderDate, headerDateMatches, type IsoDate, parseIsoDate } from "./dates.ts";
import { decodeText, decodeUtf8 } from "./decode.ts";
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

/**
 * A dated file name starts with YYYY-MM-DD and has no further digit right after it:
 * `2025-07-30.txt`, `2025-07-30-2.txt`, `2025-07-30-hf.txt` and `2025-07-30 digest.txt` are
 * dated 2025-07-30; `2025-07-301.txt` and `papers 2025-07-30.txt` are not dated.
 */
const FILE_NAME_DATE = /^(\d{4}-\d{2}-\d{2})(?!\d)/u;

/** File names the split reads: an ISO date, optionally a suffix, and `.txt` or `.json`. */
export function isDigestFileName(name: string): boolean {
  return (name.endsWith(".txt") || name.endsWith(".json")) && !name.startsWith(".");
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

function parse(bytes: Uint8Array, file: string, date: IsoDate | undefined): ParsedDigest | Problem {
  if (file.endsWith(".json")) {
    const fix = `fetch the day again (npm run fetch stores UTF-8): npm run fetch -- --date ${date ?? "YYYY-MM-DD"}`;
    const decoded = decodeUtf8(bytes, file, fix);
    return decoded.ok ? parseJsonDigest(decoded.text, file, date) : decoded.problem;
  }
  const decoded = decodeText(bytes, file);
  return decoded.ok ? parseDigestText(decoded.text, file) : decoded.problem;
}

/** Reads one digest file that lives in the digests folder, where its name gives its date. */
export function readDigest(bytes: Uint8Array, file: string): DigestResult {
  const name = baseName(file);
  const extension = name.slice(name.lastIndexOf("."));
  const fileDate = dateFromFileName(name);
  const parsed = parse(bytes, file, fileDate === "impossible" ? undefined : fileDate);
  if (!("entries" in parsed)) return { ok: false, problems: [parsed], warnings: [] };
  const problems = [...parsed.problems];

  if (fileDate === undefined) {
    problems.push({
      file,
      message: `the file name ${JSON.stringify(name)} does not start with the digest's date`,
      fix:
        extension === ".json"
          ? "rename it to YYYY-MM-DD.json (for example 2025-07-30.json), the day its papers were listed"
          : `rename it to YYYY-MM-DD.txt (for example 2025-07-30.txt), or store it with: npm run add -- ${JSON.stringify(file)}`,
    });
  } else if (fileDate === "impossible") {
    problems.push({
      file,
      message: `the file name ${JSON.stringify(name)} names a day that does not exist`,
      fix: `rename it to the digest's real date, YYYY-MM-DD${extension}`,
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
