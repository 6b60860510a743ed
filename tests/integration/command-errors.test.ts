/** Mistakes a person can make with any command: a clear message, no stack trace, the right exit code. */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeArchive } from "../support/archive.ts";
import { runScript } from "../support/cli.ts";

const STACK_FRAME = /\n\s+at /u;

describe("every command", () => {
  it.each([
    ["add", ["--date"], "Option '--date <value>' argument missing"],
    ["add", ["a.txt", "b.txt"], "Usage: npm run add"],
    ["split", ["extra"], "Unexpected argument 'extra'"],
    ["topics", ["--root"], "Option '--root <value>' argument missing"],
    ["fetch", ["--date", "2025-02-30"], '--date "2025-02-30" is not a real date'],
    ["bench", ["--sizes", "abc"], '--sizes "abc": give numbers of papers of at least 10'],
    ["bench", ["--runs", "0"], '--runs "0": give a whole number of builds, at least 1'],
    ["preview", ["--port", "abc"], '--port "abc" is not a port'],
  ] as const)("%s %j is a usage error (exit 2)", (script, args, message) => {
    const run = runScript(script, [...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it("a file where the digests folder should be is reported, not a bug (exit 1)", async () => {
    const root = await mkdtemp(join(tmpdir(), "archive-"));
    await mkdir(join(root, "content"));
    await writeFile(join(root, "content", "digests"), "");
    const run = runScript("add", ["-", "--root", root], {
      input: "July 30, 2025\n\nA Title\n\nAn abstract.\n",
    });
    expect(run.stderr).toBe(
      `${join(root, "content", "digests")}: a file stands where a folder should be (mkdir).\n  → move that file away, or pass another folder\n`,
    );
    expect(run.status).toBe(1);
  });

  it("a file where the papers folder should be is reported, not a bug (exit 1)", async () => {
    const root = await makeArchive();
    await writeFile(join(root, "content", "papers"), "");
    for (const script of ["split", "topics"] as const) {
      const run = runScript(script, ["--root", root]);
      expect(run.stderr).toContain(
        `${join(root, "content", "papers")}: a file stands where a folder should be`,
      );
      expect(run.status).toBe(1);
    }
  });
});
