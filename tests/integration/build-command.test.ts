/**
 * `npm run build` as a person runs it: the split, then the site; and a build with nothing changed
 * since the last one stops at once, leaving the site as it is.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_DIGESTS, makeArchive } from "../support/archive.ts";
import { type CliRun, runScript } from "../support/cli.ts";

const NOTHING_CHANGED = "Nothing changed since the last build";

let root: string;
let dist: string;
// Astro colours its log where it detects CI: compared without the colour codes.
const build = (...args: string[]): CliRun => {
  const run = runScript("build", args, {
    env: {
      ARCHIVE_ROOT: root,
      ARCHIVE_OUT_DIR: dist,
      ARCHIVE_CACHE_DIR: `${dist}.cache`,
      ASTRO_TELEMETRY_DISABLED: "1",
    },
  });
  return { ...run, stdout: stripVTControlCharacters(run.stdout) };
};
const page = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
const firstPaperFile = () => {
  const papers = join(root, "content", "papers");
  const names = readdirSync(papers).filter((file) => file.endsWith(".md"));
  return join(papers, names.sort()[0] as string);
};

let first: CliRun;
let again: CliRun;
let homeWritten: number;

beforeAll(async () => {
  root = await makeArchive([join(FIXTURE_DIGESTS, "2024-12-31.txt")]);
  dist = join(root, "dist");
  first = build();
  homeWritten = statSync(join(dist, "index.html")).mtimeMs;
  again = build();
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("npm run build", () => {
  it("splits the digests, then builds the site with its search index", () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Papers: \d+ new, 0 updated, 0 unchanged/u);
    expect(first.stdout).toContain("[build] Complete!");
    expect(first.stdout).not.toContain(NOTHING_CHANGED);
    expect(statSync(join(dist, "pagefind", "pagefind.js")).isFile()).toBe(true);
    // Astro starts beside the split, but reads the archive (and prints) only once it is done.
    expect(first.stdout.indexOf("Papers:")).toBeLessThan(first.stdout.indexOf("[build]"));
    const papers = readdirSync(join(root, "content", "papers")).filter((name) =>
      name.endsWith(".md"),
    );
    expect(papers.length).toBeGreaterThan(2);
    for (const name of papers)
      expect(page(`papers/${name.slice(0, -".md".length)}`)).toContain("<h1");
  });

  it("stops at once when nothing changed, and leaves every file as it was", () => {
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`${NOTHING_CHANGED} (the archive's files, the code`);
    expect(again.stdout).toContain("To build it anyway: npm run build -- --force");
    expect(again.stdout).not.toContain("[build]");
    expect(statSync(join(dist, "index.html")).mtimeMs).toBe(homeWritten);
  });

  it("builds again when a paper file was edited by hand, and shows the edit", () => {
    const file = firstPaperFile();
    const name = basename(file);
    writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()}\n\nA note added by hand.\n`);
    const run = build();
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain(NOTHING_CHANGED);
    expect(page(`papers/${name.replace(/\.md$/u, "")}`)).toContain("A note added by hand.");
    expect(build().stdout).toContain(NOTHING_CHANGED);
  });

  it("builds again when a file of the site is gone, and puts it back", () => {
    rmSync(join(dist, "topics", "index.html"));
    const run = build();
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain(NOTHING_CHANGED);
    expect(page("topics")).toContain("<h1");
  });

  it("builds with --force though nothing changed", () => {
    const run = build("--force");
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain(NOTHING_CHANGED);
    expect(run.stdout).toContain("[build] Complete!");
  });

  it("repeats the split's warnings when it finds nothing changed", () => {
    const file = firstPaperFile();
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(/^topics:.*$/mu, "topics: [no-such-topic]"));
    try {
      const warned = build();
      expect(warned.status).toBe(0);
      expect(warned.stdout).toContain('topic "no-such-topic" is not in the taxonomy');
      const skipped = build();
      expect(skipped.stdout).toContain(NOTHING_CHANGED);
      expect(skipped.stdout).toContain('topic "no-such-topic" is not in the taxonomy');
    } finally {
      writeFileSync(file, text);
    }
  });

  it("stops at the split's problems, with file and line, and builds nothing", () => {
    const file = firstPaperFile();
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(/^date:.*$/mu, "date: soon"));
    const homeBefore = statSync(join(dist, "index.html")).mtimeMs;
    try {
      const run = build();
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("problem found; nothing was written.");
      const line = text.split("\n").findIndex((row) => row.startsWith("date:")) + 1;
      expect(run.stderr).toContain(
        `content/papers/${basename(file)}:${line}: date: must be a real date written YYYY-MM-DD\n  → correct that key`,
      );
      expect(run.stdout).not.toContain("[build]");
      expect(statSync(join(dist, "index.html")).mtimeMs).toBe(homeBefore);
    } finally {
      writeFileSync(file, text);
    }
  });

  it("names ARCHIVE_ROOT, not an option, when it points at no archive", () => {
    const run = runScript("build", [], { env: { ARCHIVE_ROOT: join(root, "no-such-folder") } });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `ARCHIVE_ROOT=${join(root, "no-such-folder")}: there is no such folder\n  → pass the project folder, the one that holds content/ (digests, topics, papers)\n`,
    );
  });
});
