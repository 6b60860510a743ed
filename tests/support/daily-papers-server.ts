/**
 * A stand-in for the Hugging Face Daily Papers API on 127.0.0.1: serves recorded days from
 * tests/fixtures/daily-papers-api/<date>.json the way the API does (`date`, `limit` default 50 and
 * at most 100, `p` from 0; 400 for a bad date; an empty list for a day with no papers), and can be
 * told to answer a day with failures first: a 429 with Retry-After, a 500, truncated JSON.
 */
import { readdir, readFile } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { isIsoDate } from "../../src/content/dates.ts";
import { PROJECT_ROOT } from "./archive.ts";

export const API_FIXTURES = join(PROJECT_ROOT, "tests", "fixtures", "daily-papers-api");

/** An answer other than the day's records. */
export type Answer =
  | { status: number; retryAfter?: string; body?: string }
  | { truncated: true }
  | { json: unknown };

export interface DailyPapersServer {
  origin: string;
  /** Every request's path and query, in order: "/api/daily_papers?date=…&limit=100&p=0". */
  requests: string[];
  /** When each request came, in milliseconds (Date.now()). */
  times: number[];
  /** Serves these records for a day from now on. */
  setDay(date: string, records: readonly unknown[]): void;
  /** Answers the next requests for a day with these, in order, then serves the day as usual. */
  answerNext(date: string, ...answers: Answer[]): void;
  /** Answers every request for a day with this. */
  answerAlways(date: string, answer: Answer): void;
  close(): Promise<void>;
}

/** The recorded days: date → records, as the fixture files hold them. */
export async function readApiFixtures(): Promise<Map<string, unknown[]>> {
  const names = (await readdir(API_FIXTURES)).filter((name) => name.endsWith(".json")).sort();
  const days = new Map<string, unknown[]>();
  for (const name of names) {
    days.set(
      name.slice(0, -".json".length),
      JSON.parse(await readFile(join(API_FIXTURES, name), "utf8")),
    );
  }
  return days;
}

/** One recorded day's records, as its fixture file holds them (none for a day not recorded). */
export async function recordedDay(date: string): Promise<unknown[]> {
  return (await readApiFixtures()).get(date) ?? [];
}

/** `count` records made from one template, with ids 2508.00001, 2508.00002, … and titles to match. */
export function generatedRecords(template: unknown, count: number): unknown[] {
  return Array.from({ length: count }, (_, index) => {
    const record = structuredClone(template) as { paper: Record<string, unknown> } & Record<
      string,
      unknown
    >;
    const id = `2508.${String(index + 1).padStart(5, "0")}`;
    const title = `Generated paper number ${index + 1}`;
    Object.assign(record.paper, { id, title });
    Object.assign(record, { title });
    return record;
  });
}

function send(
  response: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(body)),
    ...headers,
  });
  response.end(body);
}

export async function startDailyPapersServer(): Promise<DailyPapersServer> {
  const days = await readApiFixtures();
  const next = new Map<string, Answer[]>();
  const always = new Map<string, Answer>();
  const requests: string[] = [];
  const times: number[] = [];

  const server = createServer((request, response) => {
    requests.push(request.url ?? "");
    times.push(Date.now());
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/api/daily_papers") {
      return send(
        response,
        404,
        JSON.stringify({ error: "Sorry, we can't find the page you are looking for." }),
      );
    }
    const date = url.searchParams.get("date") ?? "";
    if (!isIsoDate(date))
      return send(response, 400, JSON.stringify({ error: `Invalid date: ${date}` }));
    const limit = Math.min(100, Math.max(1, Number(url.searchParams.get("limit") ?? 50) || 50));
    const page = Math.max(0, Number(url.searchParams.get("p") ?? 0) || 0);
    const records = (days.get(date) ?? []).slice(page * limit, (page + 1) * limit);

    const answer = next.get(date)?.shift() ?? always.get(date);
    if (answer === undefined) return send(response, 200, JSON.stringify(records));
    if ("json" in answer) return send(response, 200, JSON.stringify(answer.json));
    if ("truncated" in answer) {
      const text = JSON.stringify(records);
      return send(response, 200, text.slice(0, Math.floor(text.length / 2)));
    }
    const headers: Record<string, string> =
      answer.retryAfter === undefined ? {} : { "retry-after": answer.retryAfter };
    return send(
      response,
      answer.status,
      answer.body ?? JSON.stringify({ error: "error" }),
      headers,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    times,
    setDay: (date, records) => void days.set(date, [...records]),
    answerNext: (date, ...answers) => void next.set(date, [...(next.get(date) ?? []), ...answers]),
    answerAlways: (date, answer) => void always.set(date, answer),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
