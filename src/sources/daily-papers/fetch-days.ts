/**
 * `npm run fetch`: which days to fetch, then each day fetched and stored in turn, politely paced,
 * one progress line a day. A day that cannot be fetched stops the run; the days before it stay.
 */
import { setTimeout as delay } from "node:timers/promises";
import { FailedRun } from "../../cli/command.ts";
import type { ArchivePaths } from "../../content/archive-files.ts";
import { datesBetween, type IsoDate, isIsoDate } from "../../content/dates.ts";
import type { ApiRecord } from "./api-records.ts";
import { type ClientOptions, DailyPapersApiError, fetchDailyPapers } from "./client.ts";
import { describeOutcome, type StoredDay, storeDay } from "./store-day.ts";

export interface FetchArgs {
  date?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Seconds between two days of a backfill. */
  pause?: string | undefined;
}

export interface FetchPlan {
  dates: IsoDate[];
  pauseMs: number;
}

/** The days and pace that the command line asks for, or what is wrong with it. */
export function planFetch(args: FetchArgs, today: IsoDate): FetchPlan | { problem: string } {
  const { date, from, to, pause = "1" } = args;
  if (date !== undefined && (from !== undefined || to !== undefined)) {
    return { problem: "give either --date or --from (with --to), not both" };
  }
  if (to !== undefined && from === undefined) {
    return { problem: "--to needs --from: the first day of the range" };
  }
  for (const [option, value] of [
    ["--date", date],
    ["--from", from],
    ["--to", to],
  ] as const) {
    if (value === undefined) continue;
    if (!isIsoDate(value)) {
      return { problem: `${option} ${JSON.stringify(value)} is not a real date (YYYY-MM-DD)` };
    }
    if (value > today) {
      return { problem: `${option} ${value} is in the future: today is ${today} (UTC)` };
    }
  }
  const first = date ?? from ?? today;
  const last = date ?? to ?? today;
  if (first > last) return { problem: `--from ${first} is after --to ${last}` };
  const seconds = Number(pause);
  if (pause.trim() === "" || !Number.isFinite(seconds) || seconds < 0) {
    return { problem: `--pause ${JSON.stringify(pause)} is not a number of seconds` };
  }
  return { dates: datesBetween(first, last), pauseMs: seconds * 1000 };
}

export interface FetchOptions {
  client: ClientOptions;
  pauseMs: number;
  sleep?: (ms: number) => Promise<void>;
  /** Told each day's progress line as it is done: "2025-07-30: 64 papers, stored". */
  onDay?: (line: string) => void;
}

function stoppedMessage(dates: readonly IsoDate[], done: number, error: DailyPapersApiError) {
  const date = dates[done] as IsoDate;
  const lines = [`${date}: not fetched: ${error.message}`, `  → ${error.fix}`];
  lines.push(`Nothing was written for ${date}.`);
  if (dates.length > 1) {
    const rest = `npm run fetch -- --from ${date} --to ${dates.at(-1)}`;
    lines.push(
      done === 0
        ? `Stopped at the first of ${dates.length} days.`
        : `Stopped after ${done} of ${dates.length} days; ${done === 1 ? "the day above is" : `the ${done} above are`} kept. To resume: ${rest} (or the same command again: days already stored as they are are not written again).`,
    );
  }
  return lines.join("\n");
}

/** Fetches and stores each day in turn; throws FailedRun, saying what was kept, when one fails. */
export async function fetchDays(
  paths: ArchivePaths,
  dates: readonly IsoDate[],
  options: FetchOptions,
): Promise<StoredDay[]> {
  const { client, pauseMs, sleep = (ms: number) => delay(ms), onDay } = options;
  const days: StoredDay[] = [];
  for (const date of dates) {
    if (days.length > 0 && pauseMs > 0) await sleep(pauseMs);
    let records: ApiRecord[];
    try {
      records = await fetchDailyPapers(date, client);
    } catch (error) {
      if (error instanceof DailyPapersApiError) {
        throw new FailedRun(stoppedMessage(dates, days.length, error));
      }
      throw error;
    }
    const day = await storeDay(paths, date, records);
    onDay?.(`${date}: ${describeOutcome(day.outcome)}`);
    days.push(day);
  }
  return days;
}

/** The closing lines: a tally over several days, and what to do next if anything was written. */
export function formatFetchSummary(days: readonly StoredDay[]): string[] {
  const tally = new Map(
    ["stored", "unchanged", "with no papers", "kept with a warning"].map((label) => [label, 0]),
  );
  const count = (label: string) => tally.set(label, (tally.get(label) ?? 0) + 1);
  for (const { outcome } of days) {
    if (outcome.kind === "stored" || outcome.kind === "replaced") count("stored");
    else if (outcome.kind === "unchanged") count("unchanged");
    else if (outcome.kind === "no papers") count("with no papers");
    else count("kept with a warning");
  }
  const lines: string[] = [];
  if (days.length > 1) {
    const parts = [...tally].filter(([, n]) => n > 0).map(([label, n]) => `${n} ${label}`);
    const span = `${days[0]?.date} to ${days.at(-1)?.date}`;
    lines.push(`${days.length} days, ${span}: ${parts.join(", ")}.`);
  }
  if ((tally.get("stored") ?? 0) > 0) {
    lines.push("Next: npm run split (or npm run build) to add the papers to the archive.");
  }
  return lines;
}
