/** npm run fetch as a person (or the scheduled workflow) runs it, against a local stand-in for the API. */
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { utcToday } from "../../src/content/dates.ts";
import { makeArchive } from "../support/archive.ts";
import { runScriptAsync } from "../support/cli.ts";
import {
  API_FIXTURES,
  type DailyPapersServer,
  generatedRecords,
  recordedDay,
  startDailyPapersServer,
} from "../support/daily-papers-server.ts";

const july28 = await recordedDay("2025-07-28");
const NEXT = "Next: npm run split (or npm run build) to add the papers to the archive.";

let server: DailyPapersServer;
let root: string;

beforeEach(async () => {
  server = await startDailyPapersServer();
  root = await makeArchive([]);
});
afterEach(() => server.close());

function fetchDays(...args: string[]) {
  return runScriptAsync("fetch", ["--root", root, ...args], {
    env: { DAILY_PAPERS_API: server.origin },
  });
}

const digestPath = (date: string) => join(root, "content", "digests", `${date}.json`);
const stored = (date: string) => readFile(digestPath(date), "utf8");
const mtime = async (date: string) => (await stat(digestPath(date))).mtimeMs;
const fixtureText = (date: string) => readFile(join(API_FIXTURES, `${date}.json`), "utf8");
const asFile = (records: unknown) => `${JSON.stringify(records, null, 2)}\n`;
const digests = async () => (await readdir(join(root, "content", "digests"))).sort();

describe("one day", () => {
  it("stores the API's records as they came, as one indented JSON array", async () => {
    const run = await fetchDays("--date", "2025-07-28");
    expect(run).toEqual({
      status: 0,
      stdout: `2025-07-28: 3 papers, stored\n${NEXT}\n`,
      stderr: "",
    });
    expect(await stored("2025-07-28")).toBe(await fixtureText("2025-07-28"));
    expect(server.requests).toEqual(["/api/daily_papers?date=2025-07-28&limit=100&p=0"]);
  });

  it("keeps markup and a javascript: link as data: fetching stores, the site escapes", async () => {
    expect((await fetchDays("--date", "2025-07-29")).status).toBe(0);
    const [first] = JSON.parse(await stored("2025-07-29"));
    expect(first.title).toBe(
      '<script>alert("pwned")</script> Attention <b>Is</b> Not All You Need',
    );
    expect(first.paper.projectPage).toBe("javascript:alert(document.cookie)");
    expect(first.paper.authors[0].name).toBe("Mallory <img src=x onerror=alert(1)>");
  });

  it("changes nothing when the day is stored with the same records", async () => {
    await fetchDays("--date", "2025-07-28");
    const before = await mtime("2025-07-28");
    const run = await fetchDays("--date", "2025-07-28");
    expect(run).toEqual({ status: 0, stdout: "2025-07-28: 3 papers, unchanged\n", stderr: "" });
    expect(await mtime("2025-07-28")).toBe(before);
    expect(await stored("2025-07-28")).toBe(await fixtureText("2025-07-28"));
  });

  it("replaces a stored day that has grown since", async () => {
    server.setDay("2025-07-28", july28.slice(0, 2));
    await fetchDays("--date", "2025-07-28");
    expect(await stored("2025-07-28")).toBe(asFile(july28.slice(0, 2)));
    server.setDay("2025-07-28", july28);
    const run = await fetchDays("--date", "2025-07-28");
    expect(run.stdout).toBe(`2025-07-28: 3 papers, stored (1 new paper)\n${NEXT}\n`);
    expect(await stored("2025-07-28")).toBe(await fixtureText("2025-07-28"));
  });

  it("replaces a stored day whose votes changed", async () => {
    await fetchDays("--date", "2025-07-28");
    const recounted = structuredClone(july28) as { paper: { upvotes: number } }[];
    for (const record of recounted) record.paper.upvotes += 10;
    server.setDay("2025-07-28", recounted);
    const run = await fetchDays("--date", "2025-07-28");
    expect(run.stdout).toBe(
      `2025-07-28: 3 papers, stored (only upvotes, comments or stars changed)\n${NEXT}\n`,
    );
    expect(await stored("2025-07-28")).toBe(asFile(recounted));
  });

  it("keeps a stored day that the API now lists fewer papers for, and says which", async () => {
    await fetchDays("--date", "2025-07-28");
    const before = await mtime("2025-07-28");
    server.setDay("2025-07-28", july28.slice(0, 1));
    const run = await fetchDays("--date", "2025-07-28");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        "2025-07-28: 1 paper, kept the stored 3 (see the warning)",
        "1 warning:",
        "content/digests/2025-07-28.json: the API now lists 1 paper for 2025-07-28 and not 2 papers of the 3 stored (2507.19457, 2507.20534): kept the stored file",
        "  → if the API is right to drop them, delete content/digests/2025-07-28.json and run npm run fetch -- --date 2025-07-28",
        "",
      ].join("\n"),
    );
    expect(await mtime("2025-07-28")).toBe(before);
    expect(await stored("2025-07-28")).toBe(await fixtureText("2025-07-28"));
  });

  it("keeps a stored file that is not a list of records, and says so", async () => {
    await writeFile(digestPath("2025-07-28"), "<<<<<<< HEAD\n");
    const run = await fetchDays("--date", "2025-07-28");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "2025-07-28: 3 papers, not stored: the stored file is unreadable (see the warning)\n",
    );
    expect(run.stdout).toContain(
      "content/digests/2025-07-28.json: it is not valid JSON (Unexpected token '<', \"<<<<<<< HEAD\n\" is not valid JSON): kept it, and did not store the API's 3 papers for 2025-07-28\n  → repair the file, or delete content/digests/2025-07-28.json and run npm run fetch -- --date 2025-07-28",
    );
    expect(await stored("2025-07-28")).toBe("<<<<<<< HEAD\n");
  });

  it("writes nothing for a day with no papers", async () => {
    const run = await fetchDays("--date", "2025-06-01");
    expect(run).toEqual({ status: 0, stdout: "2025-06-01: no papers\n", stderr: "" });
    expect(await digests()).toEqual([]);
  });

  it("joins the pages of a day with more papers than one page holds", async () => {
    const day = generatedRecords(july28[0], 130);
    server.setDay("2025-08-01", day);
    const run = await fetchDays("--date", "2025-08-01");
    expect(run.stdout).toBe(`2025-08-01: 130 papers, stored\n${NEXT}\n`);
    expect(await stored("2025-08-01")).toBe(asFile(day));
    expect(server.requests).toEqual([
      "/api/daily_papers?date=2025-08-01&limit=100&p=0",
      "/api/daily_papers?date=2025-08-01&limit=100&p=1",
    ]);
  });

  it("fetches today's papers (UTC) when no date is given", async () => {
    const before = utcToday();
    const run = await fetchDays();
    const today = server.requests[0]?.match(/date=([\d-]+)/u)?.[1] ?? "";
    expect([before, utcToday()]).toContain(today);
    expect(run.stdout).toBe(`${today}: no papers\n`);
  });
});

describe("when the API fails", () => {
  it("waits and retries after a 429, then stores the day", async () => {
    server.answerNext("2025-07-28", { status: 429, retryAfter: "0", body: "Too many requests" });
    const run = await fetchDays("--date", "2025-07-28");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      `GET ${server.origin}/api/daily_papers?date=2025-07-28&limit=100&p=0 answered 429 Too Many Requests (Too many requests); retrying in 0 s (attempt 2 of 5)\n`,
    );
    expect(await stored("2025-07-28")).toBe(await fixtureText("2025-07-28"));
  });

  it("gives up on a 500 after its retries, naming the URL and the status, writing nothing", async () => {
    server.answerAlways("2025-07-28", { status: 500, retryAfter: "0", body: "upstream down" });
    const run = await fetchDays("--date", "2025-07-28");
    const url = `${server.origin}/api/daily_papers?date=2025-07-28&limit=100&p=0`;
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n").slice(-4)).toEqual([
      `2025-07-28: not fetched: GET ${url} answered 500 Internal Server Error (upstream down) (5 attempts)`,
      "  → the API is failing: try again later",
      "Nothing was written for 2025-07-28.",
      "",
    ]);
    expect(run.stderr.match(/retrying in 0 s/gu)).toHaveLength(4);
    expect(await digests()).toEqual([]);
  });

  it("writes nothing when the answer is cut short, and keeps what was stored", async () => {
    await fetchDays("--date", "2025-07-28");
    server.answerNext("2025-07-28", { truncated: true });
    const run = await fetchDays("--date", "2025-07-28");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `2025-07-28: not fetched: GET ${server.origin}/api/daily_papers?date=2025-07-28&limit=100&p=0 answered with text that is not JSON`,
    );
    expect(await stored("2025-07-28")).toBe(await fixtureText("2025-07-28"));
  });

  it("says so when DAILY_PAPERS_API is not an address", async () => {
    const run = await runScriptAsync("fetch", ["--root", root, "--date", "2025-07-28"], {
      env: { DAILY_PAPERS_API: "huggingface.co" },
    });
    expect(run).toEqual({
      status: 1,
      stdout: "",
      stderr:
        '2025-07-28: not fetched: DAILY_PAPERS_API is "huggingface.co", which is not an http(s) address\n  → set it to the API\'s origin, like https://huggingface.co, or unset it\nNothing was written for 2025-07-28.\n',
    });
  });
});

describe("a backfill", () => {
  it("fetches each day in turn, a line for each, and sums up", async () => {
    const run = await fetchDays("--from", "2025-07-28", "--to", "2025-07-31", "--pause", "0");
    expect(run).toEqual({
      status: 0,
      stdout: [
        "2025-07-28: 3 papers, stored",
        "2025-07-29: 2 papers, stored",
        "2025-07-30: 4 papers, stored",
        "2025-07-31: no papers",
        "4 days, 2025-07-28 to 2025-07-31: 3 stored, 1 with no papers.",
        NEXT,
        "",
      ].join("\n"),
      stderr: "",
    });
    expect(await digests()).toEqual(["2025-07-28.json", "2025-07-29.json", "2025-07-30.json"]);
    for (const date of ["2025-07-28", "2025-07-29", "2025-07-30"]) {
      expect(await stored(date)).toBe(await fixtureText(date));
    }
  });

  it("pauses a second between days unless told otherwise", async () => {
    await fetchDays("--from", "2025-07-28", "--to", "2025-07-29");
    const [first = 0, second = 0] = server.times;
    expect(second - first).toBeGreaterThanOrEqual(1000);
  });

  it("stops at a day that fails, keeps the days before it, and resumes when run again", async () => {
    server.answerAlways("2025-07-29", { status: 503, retryAfter: "0" });
    const args = ["--from", "2025-07-28", "--to", "2025-07-30", "--pause", "0"];
    const failed = await fetchDays(...args);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe("2025-07-28: 3 papers, stored\n");
    expect(failed.stderr.split("\n").slice(-3)).toEqual([
      "Nothing was written for 2025-07-29.",
      "Stopped after 1 of 3 days; the day above is kept. To resume: npm run fetch -- --from 2025-07-29 --to 2025-07-30 (or the same command again: days already stored as they are are not written again).",
      "",
    ]);
    expect(await digests()).toEqual(["2025-07-28.json"]);

    server.answerAlways("2025-07-29", { json: await recordedDay("2025-07-29") });
    const resumed = await fetchDays(...args);
    expect(resumed.status).toBe(0);
    expect(resumed.stdout.split("\n").slice(0, 4)).toEqual([
      "2025-07-28: 3 papers, unchanged",
      "2025-07-29: 2 papers, stored",
      "2025-07-30: 4 papers, stored",
      "3 days, 2025-07-28 to 2025-07-30: 2 stored, 1 unchanged.",
    ]);
  });
});

describe("bad usage", () => {
  // Every rule is in tests/unit/sources/daily-papers/fetch-days.test.ts; these show the exit.
  const cases: [string[], string][] = [
    [["--date", "2025-02-30"], '--date "2025-02-30" is not a real date (YYYY-MM-DD)'],
    [["--date", "2999-01-01"], "--date 2999-01-01 is in the future"],
    [["--dates", "2025-07-28"], "Unknown option '--dates'"],
  ];

  it.each(cases)("%j exits 2 with the usage, asking nothing", async (args, message) => {
    const run = await fetchDays(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("Usage: npm run fetch");
    expect(server.requests).toEqual([]);
    expect(existsSync(digestPath("2025-07-28"))).toBe(false);
  });
});
