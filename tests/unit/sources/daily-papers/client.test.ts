/** The Daily Papers client against a local stand-in for the API: paging, retries, bad answers. */
import { createServer } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type ClientOptions,
  fetchDailyPapers,
  parseRetryAfter,
} from "../../../../src/sources/daily-papers/client.ts";
import {
  type DailyPapersServer,
  generatedRecords,
  recordedDay,
  startDailyPapersServer,
} from "../../../support/daily-papers-server.ts";

const july28 = await recordedDay("2025-07-28");
const query = (date: string, page = 0) => `/api/daily_papers?date=${date}&limit=100&p=${page}`;

let server: DailyPapersServer;
let waits: number[];
let notices: string[];
let options: ClientOptions;

beforeEach(async () => {
  server = await startDailyPapersServer();
  waits = [];
  notices = [];
  options = {
    origin: server.origin,
    sleep: async (ms) => void waits.push(ms),
    onRetry: (notice) => notices.push(notice),
  };
});
afterEach(() => server.close());

describe("parseRetryAfter", () => {
  const now = Date.parse("2025-07-30T12:00:00Z");

  it("reads delay-seconds and HTTP dates, a past date as no wait", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Wed, 30 Jul 2025 12:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Wed, 30 Jul 2025 11:00:00 GMT", now)).toBe(0);
  });

  it("ignores a missing or unreadable header", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
  });
});

describe("fetchDailyPapers", () => {
  it("answers a day's records as the API sent them, from one request", async () => {
    expect(await fetchDailyPapers("2025-07-28", options)).toEqual(july28);
    expect(server.requests).toEqual([query("2025-07-28")]);
    expect(waits).toEqual([]);
  });

  it("answers no records for a day with no papers", async () => {
    expect(await fetchDailyPapers("2025-06-01", options)).toEqual([]);
    expect(server.requests).toEqual([query("2025-06-01")]);
  });

  it("joins pages until a short one, in the API's order", async () => {
    const day = generatedRecords(july28[0], 130);
    server.setDay("2025-08-01", day);
    expect(await fetchDailyPapers("2025-08-01", options)).toEqual(day);
    expect(server.requests).toEqual([query("2025-08-01", 0), query("2025-08-01", 1)]);
  });

  it("asks once more after a full last page, and stops at the empty one", async () => {
    server.setDay("2025-08-01", generatedRecords(july28[0], 100));
    expect(await fetchDailyPapers("2025-08-01", options)).toHaveLength(100);
    expect(server.requests).toEqual([query("2025-08-01", 0), query("2025-08-01", 1)]);
  });

  it("keeps the first of a paper listed twice (it moved to the next page between requests)", async () => {
    const [a, b, c] = generatedRecords(july28[0], 3);
    server.setDay("2025-08-01", [a, b, b, c]);
    const records = await fetchDailyPapers("2025-08-01", { ...options, pageSize: 2 });
    expect(records).toEqual([a, b, c]);
    expect(server.requests).toHaveLength(3);
  });

  it("fails rather than loop when pages never run out", async () => {
    server.setDay("2025-08-01", generatedRecords(july28[0], 10));
    const fetching = fetchDailyPapers("2025-08-01", { ...options, pageSize: 2, maxPages: 3 });
    await expect(fetching).rejects.toMatchObject({
      message: `GET ${server.origin}/api/daily_papers?date=2025-08-01&limit=2&p=2 still answered a full page: more than 6 records for one day`,
    });
    expect(server.requests).toHaveLength(3);
  });
});

describe("retries", () => {
  it("waits as long as Retry-After asks after a 429, then goes on", async () => {
    server.answerNext("2025-07-28", { status: 429, retryAfter: "7", body: "slow down" });
    expect(await fetchDailyPapers("2025-07-28", options)).toEqual(july28);
    expect(waits).toEqual([7000]);
    expect(notices).toEqual([
      `GET ${server.origin}${query("2025-07-28")} answered 429 Too Many Requests (slow down); retrying in 7 s (attempt 2 of 5)`,
    ]);
    expect(server.requests).toEqual([query("2025-07-28"), query("2025-07-28")]);
  });

  it("reads a Retry-After date against the clock", async () => {
    const now = Date.parse("2025-07-30T12:00:00Z");
    server.answerNext("2025-07-28", { status: 503, retryAfter: "Wed, 30 Jul 2025 12:00:12 GMT" });
    await fetchDailyPapers("2025-07-28", { ...options, now: () => now });
    expect(waits).toEqual([12_000]);
  });

  it("caps a long Retry-After", async () => {
    server.answerNext("2025-07-28", { status: 429, retryAfter: "3600" });
    await fetchDailyPapers("2025-07-28", options);
    expect(waits).toEqual([60_000]);
  });

  it("backs off exponentially without Retry-After, then fails naming the URL and the status", async () => {
    server.answerAlways("2025-07-28", { status: 500 });
    await expect(fetchDailyPapers("2025-07-28", options)).rejects.toMatchObject({
      name: "DailyPapersApiError",
      message: `GET ${server.origin}${query("2025-07-28")} answered 500 Internal Server Error ({"error":"error"}) (5 attempts)`,
      fix: "the API is failing: try again later",
    });
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
    expect(server.requests).toHaveLength(5);
  });

  it("takes its number of retries and first wait from the options", async () => {
    server.answerAlways("2025-07-28", { status: 429 });
    const fetching = fetchDailyPapers("2025-07-28", { ...options, retries: 2, backoffMs: 50 });
    await expect(fetching).rejects.toMatchObject({
      message: `GET ${server.origin}${query("2025-07-28")} answered 429 Too Many Requests ({"error":"error"}) (3 attempts)`,
      fix: "the API is limiting requests from this address: wait a few minutes, then run the same command again",
    });
    expect(waits).toEqual([50, 100]);
  });

  it("retries when the server cannot be reached", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const address = closed.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    await new Promise((resolve) => closed.close(resolve));
    const origin = `http://127.0.0.1:${port}`;
    await expect(fetchDailyPapers("2025-07-28", { ...options, origin })).rejects.toMatchObject({
      message: `GET ${origin}${query("2025-07-28")} could not be reached (ECONNREFUSED) (5 attempts)`,
      fix: `check the network connection, and DAILY_PAPERS_API (${origin}) if you set it; then run the same command again`,
    });
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
  });
});

describe("answers that are not retried", () => {
  it("a 400 for a bad date", async () => {
    await expect(fetchDailyPapers("2025-02-30", options)).rejects.toMatchObject({
      message: `GET ${server.origin}${query("2025-02-30")} answered 400 Bad Request ({"error":"Invalid date: 2025-02-30"})`,
      fix: "the API rejected the request: check the date (YYYY-MM-DD, not in the future); if it is right, the API may have changed",
    });
    expect(server.requests).toHaveLength(1);
  });

  it("a 404 when the origin is not the API's", async () => {
    const origin = `${server.origin}/mirror/`;
    await expect(fetchDailyPapers("2025-07-28", { ...options, origin })).rejects.toMatchObject({
      fix: `is there a Daily Papers API at ${origin}? Check DAILY_PAPERS_API, or unset it to use https://huggingface.co`,
    });
    expect(server.requests).toEqual([`/mirror${query("2025-07-28")}`]);
  });

  it("truncated JSON", async () => {
    server.answerNext("2025-07-28", { truncated: true });
    const fetching = fetchDailyPapers("2025-07-28", options);
    await expect(fetching).rejects.toThrow(
      `GET ${server.origin}${query("2025-07-28")} answered with text that is not JSON (`,
    );
    expect(server.requests).toHaveLength(1);
  });

  it("JSON that is not a list of records", async () => {
    const url = `GET ${server.origin}${query("2025-07-28")} answered JSON that is not a list of papers`;
    server.answerNext(
      "2025-07-28",
      { json: { error: "maintenance" } },
      { json: [july28[0], { title: "no paper" }] },
      { json: [{ paper: { title: "no id" } }] },
    );
    await expect(fetchDailyPapers("2025-07-28", options)).rejects.toThrow(
      `${url}: it is an object, not a list of records`,
    );
    await expect(fetchDailyPapers("2025-07-28", options)).rejects.toThrow(
      `${url}: record 2 has no \`paper\` object`,
    );
    await expect(fetchDailyPapers("2025-07-28", options)).rejects.toThrow(
      `${url}: record 1 has no \`paper.id\` (the arXiv id)`,
    );
  });

  it("an origin that is not an http(s) address, before any request", async () => {
    const fetching = fetchDailyPapers("2025-07-28", { ...options, origin: "huggingface.co" });
    await expect(fetching).rejects.toThrow(
      'DAILY_PAPERS_API is "huggingface.co", which is not an http(s) address',
    );
  });
});
