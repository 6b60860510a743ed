import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { archivePaths } from "../../../../src/content/archive-files.ts";
import {
  firstListingDate,
  readFirstListingDates,
} from "../../../../src/content/papers/paper-dates.ts";
import { parsePaperFile, renderPaperFile } from "../../../../src/content/papers/paper-file.ts";
import { PROJECT_ROOT } from "../../../support/archive.ts";

/** A paper file with these lines for its date. */
const paperFile = (dateLines: string[], body = "An abstract.") =>
  [
    "---",
    'title: "A paper"',
    ...dateLines,
    'dates: ["2025-07-30"]',
    "topics: []",
    "links: []",
    "---",
    body,
  ].join("\n");

describe("firstListingDate", () => {
  it("reads the date the split wrote", () => {
    const text = renderPaperFile({
      title: 'date: "1999-01-01"',
      dates: ["2025-07-30", "2025-08-02"],
      topics: [],
      links: [],
      abstract: 'date: "1999-01-01"',
    });
    expect(firstListingDate(text, "content/papers/p.md")).toBe("2025-07-30");
  });

  it("gives the date the site reads for every paper file of the example archive", async () => {
    const dir = join(PROJECT_ROOT, "content", "papers");
    const names = (await readdir(dir)).filter((name) => name.endsWith(".md"));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const text = await readFile(join(dir, name), "utf8");
      const parsed = parsePaperFile(text, name);
      expect(firstListingDate(text, name), name).toBe(parsed.ok && parsed.data.date);
    }
  });

  it("reads a date written by hand as the site does", () => {
    const cases: [string, string][] = [
      ["date: 2025-07-30", "2025-07-30"],
      ["date: '2025-07-30'", "2025-07-30"],
      ['date: "2025-07-30" # the first digest', "2025-07-30"],
      ["date: 2025-07-30T22:00:00Z", "2025-07-30"],
      ['date:   "2025-07-30"', "2025-07-30"],
    ];
    for (const [line, date] of cases)
      expect(firstListingDate(paperFile([line]), "p.md")).toBe(date);
  });

  it("reads the date from the frontmatter, not from a line of the body that looks like one", () => {
    const text = paperFile(["date: 2025-07-30"], 'Notes:\ndate: "1999-01-01"\n');
    expect(firstListingDate(text, "p.md")).toBe("2025-07-30");
  });

  it("reads a file with Windows line endings", () => {
    const text = paperFile(['date: "2025-07-30"']).replaceAll("\n", "\r\n");
    expect(firstListingDate(text, "p.md")).toBe("2025-07-30");
  });

  it("gives the site's problem for a date that is not a real day", () => {
    expect(firstListingDate(paperFile(['date: "2025-02-30"']), "content/papers/p.md")).toEqual({
      file: "content/papers/p.md",
      line: 3,
      message: "date: must be a real date written YYYY-MM-DD",
      fix: 'correct that key; see README.md, "Edit a paper", for what each key holds',
    });
  });
});

describe("readFirstListingDates", () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))));

  const archiveWith = async (files: Record<string, string>) => {
    const root = await mkdtemp(join(tmpdir(), "paper-dates-"));
    folders.push(root);
    const paths = archivePaths(root);
    await mkdir(paths.papers, { recursive: true });
    for (const [slug, text] of Object.entries(files)) {
      await writeFile(join(paths.papers, `${slug}.md`), text);
    }
    return paths;
  };

  it("gives each asked-for paper's date by slug", async () => {
    const paths = await archiveWith({
      a: paperFile(['date: "2025-07-30"']),
      b: paperFile(["date: 2024-12-31"]),
      c: paperFile(['date: "2025-01-02"']),
    });
    expect(readFirstListingDates(paths, ["b", "a"])).toEqual(
      new Map([
        ["b", "2024-12-31"],
        ["a", "2025-07-30"],
      ]),
    );
  });

  it("names every file whose date cannot be read", async () => {
    const paths = await archiveWith({
      good: paperFile(['date: "2025-07-30"']),
      "no-day": paperFile(['date: "2025-02-30"']),
      "no-date": paperFile([]),
    });
    expect(() => readFirstListingDates(paths, ["good", "no-day", "no-date"])).toThrow(
      [
        "content/papers/no-day.md:3: date: must be a real date written YYYY-MM-DD",
        '  → correct that key; see README.md, "Edit a paper", for what each key holds',
        "content/papers/no-date.md: date: Invalid input: expected string, received undefined",
      ].join("\n"),
    );
  });
});
