/** npm run add as people run it: several at once, odd dates, odd names, bad roots. */
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { makeArchive } from "../support/archive.ts";
import { runScript, runScriptAsync, runSplit } from "../support/cli.ts";

function paste(title: string): string {
  return `Jul 30\n\n${title}\n\nAn abstract about ${title}.\n`;
}

/**
 * Starts one `add` per paste, each reading its paste from stdin, and hands them their pastes at
 * the same moment once all have started, so that they store at the same time.
 */
function addTogether(root: string, pastes: string[]) {
  const release = delay(4000);
  return Promise.all(
    pastes.map((text) =>
      runScriptAsync("add", ["-", "--date", "2025-07-30", "--root", root], {
        input: release.then(() => text),
      }),
    ),
  );
}

describe("npm run add, several runs at once", () => {
  it("stores one identical paste once: one run stores it, the others find it there", async () => {
    const root = await makeArchive([]);
    const runs = await addTogether(root, Array(6).fill(paste("One Paper")));
    for (const run of runs) expect([run.status, run.stderr]).toEqual([0, ""]);
    const stored = runs.filter((run) => run.stdout.includes("Stored 1 paper as"));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.stdout).toContain("Stored 1 paper as content/digests/2025-07-30.txt.");
    for (const run of runs.filter((run) => !stored.includes(run))) {
      expect(run.stdout).toContain(
        "content/digests/2025-07-30.txt already holds this digest; nothing was written.",
      );
    }
    const digests = join(root, "content", "digests");
    expect(await readdir(digests)).toEqual(["2025-07-30.txt"]);
    expect(await readFile(join(digests, "2025-07-30.txt"), "utf8")).toBe(paste("One Paper"));
  });

  it("stores different pastes for one day under different names, each complete", async () => {
    const root = await makeArchive([]);
    const titles = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth"];
    const runs = await addTogether(root, titles.map(paste));
    for (const run of runs) expect([run.status, run.stderr]).toEqual([0, ""]);
    const digests = join(root, "content", "digests");
    const names = (await readdir(digests)).sort();
    expect(names).toEqual([
      "2025-07-30-2.txt",
      "2025-07-30-3.txt",
      "2025-07-30-4.txt",
      "2025-07-30-5.txt",
      "2025-07-30-6.txt",
      "2025-07-30.txt",
    ]);
    const contents = await Promise.all(names.map((name) => readFile(join(digests, name), "utf8")));
    expect(contents.sort()).toEqual(titles.map(paste).sort());
    // Each run names the file that holds its own paste.
    for (const [index, run] of runs.entries()) {
      const name = /Stored 1 paper as content\/digests\/(\S+)\.txt\./u.exec(run.stdout)?.[1];
      expect(await readFile(join(digests, `${name}.txt`), "utf8")).toBe(paste(titles[index] ?? ""));
    }
  });
});

describe("npm run add, dates and roots", () => {
  it("follows its own advice for an undated digest in the digests folder, literally", async () => {
    const root = await makeArchive([]);
    const digests = join(root, "content", "digests");
    await writeFile(join(digests, "todays papers.txt"), "A Title\n\nAn abstract.\n");
    // Commands typed in the project folder, as the advice assumes.
    const typed = (command: string) => {
      const args = shellWords(command.replace(/^npm run add -- /u, ""));
      return runScript("add", args, { cwd: root, env: { INIT_CWD: root } });
    };

    const split = runSplit(root);
    expect(split.status).toBe(1);
    const firstAdvice = /or store it with: (npm run add -- .*)$/mu.exec(split.stderr)?.[1] ?? "";
    expect(firstAdvice).toBe(`npm run add -- "content/digests/todays papers.txt"`);

    const first = typed(firstAdvice);
    expect(first.status).toBe(1);
    const secondAdvice = /give the digest's date: (npm run add -- .*)$/mu.exec(first.stderr)?.[1];
    expect(secondAdvice).toBe(
      "npm run add -- 'content/digests/todays papers.txt' --date YYYY-MM-DD",
    );

    const second = typed((secondAdvice ?? "").replace("YYYY-MM-DD", "2025-07-30"));
    expect(second.stderr).toBe("");
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(
      "Removed content/digests/todays papers.txt: content/digests/2025-07-30.txt holds it now.",
    );
    expect(await readdir(digests)).toEqual(["2025-07-30.txt"]);
    expect(runSplit(root).status).toBe(0);
  });

  it("leaves a digest already under its dated name where it is", async () => {
    const root = await makeArchive([]);
    const digest = join(root, "content", "digests", "2025-07-30.txt");
    await writeFile(digest, paste("One Paper"));
    const run = runScript("add", [digest, "--root", root]);
    expect(run.stdout).toContain(
      "content/digests/2025-07-30.txt already holds this digest; nothing was written.",
    );
    expect(run.stdout).not.toContain("Removed");
    expect(await readdir(join(root, "content", "digests"))).toEqual(["2025-07-30.txt"]);
  });

  it("names an impossible date line and its line, not 'no date anywhere'", async () => {
    const root = await makeArchive([]);
    const run = runScript("add", ["-", "--root", root], {
      input: "Daily Papers\n\nJuly 32, 2025\n\nA Title\n\nAn abstract.\n",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      [
        "1 problem found; nothing was written.",
        "",
        '<stdin>:3: the date line "July 32, 2025" names a day that does not exist',
        "  → correct the date line to the digest's real date, or give that date: npm run add -- - --date YYYY-MM-DD",
        "",
        "",
      ].join("\n"),
    );
  });

  it("refuses an impossible file-name date rather than moving it to another year", async () => {
    const root = await makeArchive([]);
    const pasted = join(await mkdtemp(join(tmpdir(), "paste-")), "2025-02-29.txt");
    await writeFile(pasted, "Feb 29\n\nA Title\n\nAn abstract.\n");
    const run = runScript("add", [pasted, "--root", root]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "names a day that does not exist (2025-02-29)\n  → give the digest's real date: npm run add -- ",
    );
    expect(await readdir(join(root, "content", "digests"))).toEqual([]);
  });

  it("reads a pasted file named '2025-07-30 digest.txt' as dated 2025-07-30", async () => {
    const root = await makeArchive([]);
    const pasted = join(await mkdtemp(join(tmpdir(), "paste-")), "2025-07-30 digest.txt");
    await writeFile(pasted, "Jul 30\n\nA Title\n\nAn abstract.\n");
    const run = runScript("add", [pasted, "--root", root]);
    expect(run.stdout).toContain("Date 2025-07-30: from the file name.");
    expect(run.stdout).toContain(
      "Stored 1 paper as content/digests/2025-07-30.txt.\nNext: npm run split (or npm run build) to add it to the archive.",
    );
  });

  it("refuses --date and date lines after tomorrow (UTC)", async () => {
    const root = await makeArchive([]);
    const far = runScript("add", ["-", "--date", "2999-07-30", "--root", root], {
      input: "A Title\n\nAn abstract.\n",
    });
    expect(far.status).toBe(1);
    expect(far.stderr).toMatch(
      /^<stdin>: --date says 2999-07-30 is in the future \(the latest a digest can be is \d{4}-\d\d-\d\d\)$/mu,
    );
    const header = runScript("add", ["-", "--root", root], {
      input: "July 30, 2999\n\nA Title\n\nAn abstract.\n",
    });
    expect(header.status).toBe(1);
    expect(header.stderr).toContain(
      '<stdin>:1: the date line "Jul 30, 2999" says 2999-07-30 is in the future',
    );
    expect(await readdir(join(root, "content", "digests"))).toEqual([]);
  });

  it.each([
    ["a folder that does not exist", "missing", "there is no such folder"],
    ["a folder with no content/", "", "not an archive, it has no content/ folder"],
  ])("refuses --root naming %s, creating nothing (exit 2)", async (_, below, message) => {
    const parent = await mkdtemp(join(tmpdir(), "not-an-archive-"));
    const root = join(parent, below);
    for (const script of ["add", "split", "topics", "fetch"] as const) {
      const args = script === "add" ? ["-", "--root", root] : ["--root", root];
      const run = runScript(script, args, { input: "Jul 30\n\nA Title\n\nAn abstract.\n" });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`--root ${root}: ${message}\n  → pass the project folder`);
    }
    expect(await readdir(parent)).toEqual([]);
  });
});

/** Splits a command line as a POSIX shell would, for the quoting the advice uses. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/gu)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? "",
  );
}
