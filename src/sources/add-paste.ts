/**
 * `npm run add`: store a pasted digest under its dated name. The date comes from --date, else a
 * header date with a year, else a dated file name, else the header's month and day in the most
 * recent year that is not in the future.
 */
import { randomUUID } from "node:crypto";
import { link, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { ArchivePaths } from "../content/archive-files.ts";
import {
  formatHeaderDate,
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
}

/** Settles the digest's date from what the paste and the command line say, or says what is missing. */
export function chooseDigestDate(evidence: DateEvidence, file: string): DateChoice | Problem {
  const { explicit, header, fileName, today } = evidence;
  const named = dateFromFileName(fileName);
  const namedDate = named === "impossible" ? undefined : named;
  const headerText = header ? formatHeaderDate(header.date) : "";
  const contradiction = (date: IsoDate, source: string): Problem | undefined =>
    header && !headerDateMatches(header.date, date)
      ? {
          file,
          line: header.line,
          message: `the date line says ${headerText} but ${source} says ${date}`,
          fix: "correct the date line, or give the date that matches it",
        }
      : undefined;

  if (explicit !== undefined) {
    if (!isIsoDate(explicit)) {
      return {
        file,
        message: `--date ${JSON.stringify(explicit)} is not a real date`,
        fix: "write it as YYYY-MM-DD, for example --date 2025-07-30",
      };
    }
    return contradiction(explicit, "--date") ?? { date: explicit, reason: "from --date" };
  }
  if (header?.date.year !== undefined) {
    const { year, month, day } = header.date;
    const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    return { date, reason: `from the date line "${headerText}" (line ${header.line})` };
  }
  if (namedDate !== undefined) {
    return (
      contradiction(namedDate, "the file name") ?? { date: namedDate, reason: "from the file name" }
    );
  }
  if (header) {
    const date = mostRecentDate(header.date, today);
    return {
      date,
      reason: `the date line says "${headerText}" (line ${header.line}) without a year: chose the most recent ${headerText} not in the future; pass --date YYYY-MM-DD for another year`,
    };
  }
  return {
    file,
    message: "no date anywhere: the paste has no date line and its file name no date",
    fix: "give the digest's date: npm run add -- <file> --date YYYY-MM-DD",
  };
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
  source: { file: string; name: string },
  options: { date?: IsoDate; today: IsoDate },
): Promise<AddResult> {
  const decoded = decodeText(bytes, source.file);
  if (!decoded.ok) throw new InputError([decoded.problem]);
  const parsed = parseDigestText(decoded.text, source.file);
  const choice = chooseDigestDate(
    {
      ...(options.date === undefined ? {} : { explicit: options.date }),
      ...(parsed.headerDate ? { header: parsed.headerDate } : {}),
      fileName: source.name,
      today: options.today,
    },
    source.file,
  );
  const problems = [...parsed.problems, ...("file" in choice ? [choice] : [])];
  if (problems.length > 0 || "file" in choice) throw new InputError(problems);

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
