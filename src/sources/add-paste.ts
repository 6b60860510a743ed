/**
 * `npm run add`: store a pasted digest under its dated name. The date comes from --date, else a
 * header date with a year, else a dated file name, else the header's month and day in the most
 * recent year that is not in the future.
 */
import { randomUUID } from "node:crypto";
import { link, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { ArchivePaths } from "../content/archive-files.ts";
import {
  digestDateOutOfRange,
  formatHeaderDate,
  formatIsoDate,
  type HeaderDate,
  headerDateMatches,
  type IsoDate,
  isIsoDate,
  mostRecentDate,
} from "../content/dates.ts";
import { decodeText } from "../content/decode.ts";
import { dateFromFileName } from "../content/digest-file.ts";
import { InputError, type Problem } from "../content/problem.ts";
import { parseDigestText } from "./pasted-page.ts";

export interface DateChoice {
  date: IsoDate;
  /** Why this date, in words for the person who ran the command. */
  reason: string;
}

export interface DateEvidence {
  /** --date, if given. */
  explicit?: IsoDate;
  /** The date line of the paste. */
  header?: { date: HeaderDate; line: number };
  /** The pasted file's name, which may start with a date. */
  fileName: string;
  today: IsoDate;
  /** The latest date a digest may have (see latestDigestDate). */
  latest: IsoDate;
  /** A date line that names no real day ("July 32, 2025"). */
  impossibleHeader?: { text: string; line: number };
  /** How the person named the paste on the command line ("-" for stdin), for the fixes. */
  argument: string;
}

function isoOf(header: HeaderDate & { year: number }): IsoDate {
  return formatIsoDate(header.year, header.month, header.day);
}

/** Settles the digest's date from what the paste and the command line say, or says what is missing. */
export function chooseDigestDate(evidence: DateEvidence, file: string): DateChoice | Problem {
  const { explicit, header, impossibleHeader, fileName, today, latest, argument } = evidence;
  const named = dateFromFileName(fileName);
  const headerText = header ? formatHeaderDate(header.date) : "";
  const withDate = `npm run add -- ${shellWord(argument)} --date YYYY-MM-DD`;
  const contradiction = (date: IsoDate, source: string): Problem | undefined =>
    header && !headerDateMatches(header.date, date)
      ? {
          file,
          line: header.line,
          message: `the date line says ${headerText} but ${source} says ${date}`,
          fix: "correct the date line, or give the date that matches it",
        }
      : undefined;
  const chosen = (date: IsoDate, source: string, reason: string, line?: number) => {
    const outOfRange = digestDateOutOfRange(date, latest);
    if (outOfRange === undefined) return { date, reason };
    return {
      file,
      ...(line === undefined ? {} : { line }),
      message: `${source} says ${outOfRange}`,
      fix:
        source === "--date"
          ? `give the digest's real date, for example --date ${today}`
          : `correct it, or give the digest's real date: ${withDate}`,
    };
  };

  if (explicit !== undefined) {
    if (!isIsoDate(explicit)) {
      return {
        file,
        message: `--date ${JSON.stringify(explicit)} is not a real date`,
        fix: "write it as YYYY-MM-DD, for example --date 2025-07-30",
      };
    }
    return contradiction(explicit, "--date") ?? chosen(explicit, "--date", "from --date");
  }
  if (named === "impossible") {
    return {
      file,
      message: `the file name ${JSON.stringify(fileName)} names a day that does not exist (${fileName.slice(0, 10)})`,
      fix: `give the digest's real date: ${withDate}, or rename the file to it`,
    };
  }
  if (header?.date.year !== undefined) {
    const date = isoOf({ ...header.date, year: header.date.year });
    return chosen(
      date,
      `the date line "${headerText}"`,
      `from the date line "${headerText}" (line ${header.line})`,
      header.line,
    );
  }
  if (named !== undefined) {
    return (
      contradiction(named, "the file name") ??
      chosen(named, `the file name ${JSON.stringify(fileName)}`, "from the file name")
    );
  }
  if (header) {
    const date = mostRecentDate(header.date, today);
    return {
      date,
      reason: `the date line says "${headerText}" (line ${header.line}) without a year: chose the most recent ${headerText} not in the future; pass --date YYYY-MM-DD for another year`,
    };
  }
  if (impossibleHeader) {
    return {
      file,
      line: impossibleHeader.line,
      message: `the date line ${JSON.stringify(impossibleHeader.text)} names a day that does not exist`,
      fix: `correct the date line to the digest's real date, or give that date: ${withDate}`,
    };
  }
  return {
    file,
    message: "no date anywhere: the paste has no date line and its file name no date",
    fix: `give the digest's date: ${withDate}`,
  };
}

/** A command-line argument as a person can type it back into a POSIX shell. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/u.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

export interface AddResult {
  /** Where the digest was stored, relative to the project. */
  stored: string;
  date: IsoDate;
  reason: string;
  papers: number;
  /** True when an identical file was already there and nothing was written. */
  alreadyThere: boolean;
  warnings: Problem[];
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

function isErrno(error: unknown, ...codes: string[]): boolean {
  return codes.includes((error as NodeJS.ErrnoException).code ?? "");
}

/**
 * Stores a paste as <date>.txt, or <date>-2.txt, -3 … when a different paste holds that name; an
 * identical paste already stored is recognised. Safe against other `add` runs at the same time,
 * without a lock: the paste is written in full under a temporary name, then hard-linked to its
 * name, which fails if the name exists, so every stored file is complete when it appears and
 * exactly one run gets each name.
 */
async function storeUnderFreeName(
  folder: string,
  date: IsoDate,
  bytes: Uint8Array,
): Promise<{ path: string; alreadyThere: boolean }> {
  const temporary = join(folder, `.${date}.txt.${process.pid}.${randomUUID()}.tmp`);
  await writeFile(temporary, bytes, { flag: "wx" });
  try {
    for (let n = 1; ; n++) {
      const path = join(folder, n === 1 ? `${date}.txt` : `${date}-${n}.txt`);
      try {
        await link(temporary, path);
        return { path, alreadyThere: false };
      } catch (error) {
        if (!isErrno(error, "EEXIST")) throw error;
      }
      // The name is taken, by a complete file (it appeared through link or a person's save).
      const existing = await readFile(path).catch((error: unknown) => {
        if (isErrno(error, "ENOENT")) return undefined;
        throw error;
      });
      if (existing === undefined)
        n--; // removed in between: try the same name again
      else if (sameBytes(existing, bytes)) return { path, alreadyThere: true };
    }
  } finally {
    await rm(temporary, { force: true });
  }
}

/** Checks a paste, chooses its date and stores it verbatim in the digests folder. */
export async function addDigest(
  paths: ArchivePaths,
  bytes: Uint8Array,
  source: { file: string; name: string; argument: string },
  options: { date?: IsoDate; today: IsoDate; latest: IsoDate },
): Promise<AddResult> {
  const decoded = decodeText(bytes, source.file);
  if (!decoded.ok) throw new InputError([decoded.problem]);
  const parsed = parseDigestText(decoded.text, source.file);
  const choice = chooseDigestDate(
    {
      ...(options.date === undefined ? {} : { explicit: options.date }),
      ...(parsed.headerDate ? { header: parsed.headerDate } : {}),
      ...(parsed.impossibleDate ? { impossibleHeader: parsed.impossibleDate } : {}),
      fileName: source.name,
      today: options.today,
      latest: options.latest,
      argument: source.argument,
    },
    source.file,
  );
  // The choice's problem about an impossible date line replaces the parser's, adding --date.
  const replaced = "file" in choice && choice.line === parsed.impossibleDate?.line;
  const problems = [
    ...parsed.problems.filter((problem) => !replaced || problem.line !== choice.line),
    ...("file" in choice ? [choice] : []),
  ];
  if (problems.length > 0 || "file" in choice) throw new InputError(problems);

  await mkdir(paths.digests, { recursive: true });
  const stored = await storeUnderFreeName(paths.digests, choice.date, bytes);
  return {
    stored: relative(paths.root, stored.path),
    date: choice.date,
    reason: choice.reason,
    papers: parsed.entries.length,
    alreadyThere: stored.alreadyThere,
    warnings: parsed.warnings,
  };
}
