/**
 * A client for the Hugging Face Daily Papers API: `GET /api/daily_papers?date=YYYY-MM-DD` answers
 * the papers featured that day, one page (`p` = 0, 1, …) of at most `limit` records at a time.
 * Rate limits (429) and server errors (5xx) are retried with exponential backoff, honouring
 * Retry-After; anything else fails at once with what happened and what to do.
 */
import { STATUS_CODES } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import type { IsoDate } from "../../content/dates.ts";
import { type ApiRecord, checkRecords, uniqueByPaper } from "./api-records.ts";

export interface ClientOptions {
  /** Where the API lives: https://huggingface.co, a mirror, or a test server. */
  origin: string;
  /** Retries after a first failed attempt (429, 5xx, no answer). */
  retries?: number;
  /** The first retry's wait; each later one doubles it. */
  backoffMs?: number;
  /** No wait is longer, whatever Retry-After asks. */
  maxWaitMs?: number;
  /** An attempt with no answer by then counts as failed (and is retried). */
  timeoutMs?: number;
  /** Records asked for per page (the API's `limit`). */
  pageSize?: number;
  /** A day with more pages than this fails rather than looping on an API that ignores `p`. */
  maxPages?: number;
  sleep?: (ms: number) => Promise<void>;
  /** The clock, for a Retry-After given as an HTTP date. */
  now?: () => number;
  /** Told about each retry before its wait, in words for the person watching. */
  onRetry?: (notice: string) => void;
}

/** The API did not give a usable answer: what happened (with the URL) and what to do. */
export class DailyPapersApiError extends Error {
  override name = "DailyPapersApiError";
  readonly fix: string;

  constructor(message: string, fix: string) {
    super(message);
    this.fix = fix;
  }
}

/**
 * Milliseconds a Retry-After header asks to wait: delay-seconds ("120") or an HTTP date (a date
 * already past means no wait). Undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/u.test(text)) return Number(text) * 1000;
  // Every HTTP date form starts with the day's name: "Wed, 30 Jul 2025 12:00:00 GMT".
  const at = /^[A-Za-z]{3}/u.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Untrusted text for a terminal: control characters out, whitespace collapsed, cut short. */
function printable(text: string, max = 200): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]+/gu, " ").replace(/\s+/gu, " ");
  const trimmed = clean.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max)}…` : trimmed;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

type Attempt =
  | { ok: true; body: string }
  | { ok: false; retry: boolean; what: string; status?: number; retryAfterMs?: number };

function whyNoAnswer(error: unknown, timeoutMs: number): string {
  const { name, cause } = error as { name?: string; cause?: { code?: string; message?: string } };
  if (name === "TimeoutError") return `got no answer within ${seconds(timeoutMs)}`;
  return `could not be reached (${printable(cause?.code ?? cause?.message ?? String(error))})`;
}

async function attemptOnce(url: string, timeoutMs: number, now: () => number): Promise<Attempt> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: "application/json", "user-agent": "paper-archive (npm run fetch)" },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.ok) return { ok: true, body: await response.text() };
  } catch (error) {
    return { ok: false, retry: true, what: whyNoAnswer(error, timeoutMs) };
  }
  const status = `${response.status} ${STATUS_CODES[response.status] ?? ""}`.trim();
  const detail = printable(await response.text().catch(() => ""));
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), now());
  return {
    ok: false,
    retry: response.status === 429 || response.status >= 500,
    what: `answered ${status}${detail === "" ? "" : ` (${detail})`}`,
    status: response.status,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}

function fixFor(status: number | undefined, origin: string): string {
  if (status === undefined) {
    return `check the network connection, and DAILY_PAPERS_API (${origin}) if you set it; then run the same command again`;
  }
  if (status === 429) {
    return "the API is limiting requests from this address: wait a few minutes, then run the same command again";
  }
  if (status >= 500) return "the API is failing: try again later";
  if (status === 400) {
    return "the API rejected the request: check the date (YYYY-MM-DD, not in the future); if it is right, the API may have changed";
  }
  if (status === 404) {
    return `is there a Daily Papers API at ${origin}? Check DAILY_PAPERS_API, or unset it to use https://huggingface.co`;
  }
  return `the API refused the request: check DAILY_PAPERS_API (${origin}) and try again later`;
}

/** One URL's body, after retries. */
async function getWithRetries(url: string, options: ClientOptions): Promise<string> {
  const {
    origin,
    retries = 4,
    backoffMs = 1000,
    maxWaitMs = 60_000,
    timeoutMs = 30_000,
    sleep = (ms: number) => delay(ms),
    now = Date.now,
    onRetry,
  } = options;
  const attempts = retries + 1;
  for (let attempt = 1; ; attempt++) {
    const result = await attemptOnce(url, timeoutMs, now);
    if (result.ok) return result.body;
    if (!result.retry || attempt === attempts) {
      const tries = attempt > 1 ? ` (${attempt} attempts)` : "";
      throw new DailyPapersApiError(
        `GET ${url} ${result.what}${tries}`,
        fixFor(result.status, origin),
      );
    }
    const wait = Math.min(maxWaitMs, result.retryAfterMs ?? backoffMs * 2 ** (attempt - 1));
    onRetry?.(
      `GET ${url} ${result.what}; retrying in ${seconds(wait)} (attempt ${attempt + 1} of ${attempts})`,
    );
    await sleep(wait);
  }
}

function apiUrl(origin: string, date: IsoDate, limit: number, page: number): string {
  const query = new URLSearchParams({ date, limit: String(limit), p: String(page) });
  return `${origin.replace(/\/+$/u, "")}/api/daily_papers?${query}`;
}

const BAD_ANSWER_FIX =
  "the API may have changed, or something other than the API answered at DAILY_PAPERS_API; try again later";

async function getPage(url: string, options: ClientOptions): Promise<ApiRecord[]> {
  const body = await getWithRetries(url, options);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new DailyPapersApiError(
      `GET ${url} answered with text that is not JSON (${printable((error as Error).message)})`,
      BAD_ANSWER_FIX,
    );
  }
  const checked = checkRecords(value);
  if ("problem" in checked) {
    throw new DailyPapersApiError(
      `GET ${url} answered JSON that is not a list of papers: ${checked.problem}`,
      BAD_ANSWER_FIX,
    );
  }
  return checked.records;
}

/**
 * Every record the API lists for a day, pages joined in the API's order, each paper once.
 * Asks page after page until one comes back short (or empty).
 */
export async function fetchDailyPapers(
  date: IsoDate,
  options: ClientOptions,
): Promise<ApiRecord[]> {
  const { origin, pageSize = 100, maxPages = 20 } = options;
  if (!/^https?:\/\/[^/]/u.test(origin) || !URL.canParse(origin)) {
    throw new DailyPapersApiError(
      `DAILY_PAPERS_API is ${JSON.stringify(origin)}, which is not an http(s) address`,
      "set it to the API's origin, like https://huggingface.co, or unset it",
    );
  }
  const records: ApiRecord[] = [];
  for (let page = 0; page < maxPages; page++) {
    const pageRecords = await getPage(apiUrl(origin, date, pageSize, page), options);
    records.push(...pageRecords);
    if (pageRecords.length < pageSize) return uniqueByPaper(records);
  }
  throw new DailyPapersApiError(
    `GET ${apiUrl(origin, date, pageSize, maxPages - 1)} still answered a full page: more than ${maxPages * pageSize} records for one day`,
    "the API seems to ignore the page parameter `p`; nothing can be stored for this day until it honours it",
  );
}
