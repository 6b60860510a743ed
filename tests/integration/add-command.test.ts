/** npm run add as people run it: several at once, odd dates, odd names, bad roots. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeArchive } from "../support/archive.ts";
import { runScriptAsync } from "../support/cli.ts";

function paste(title: string): string {
  return `Jul 30\n\n${title}\n\nAn abstract about ${title}.\n`;
}

describe("npm run add, several runs at once", () => {
  it("stores one identical paste once: one run stores it, the others find it there", async () => {
    const root = await makeArchive([]);
    const runs = await Promise.all(
      Array.from({ length: 6 }, () =>
        runScriptAsync("add", ["-", "--date", "2025-07-30", "--root", root], {
          input: paste("One Paper"),
        }),
      ),
    );
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
    const runs = await Promise.all(
      titles.map((title) =>
        runScriptAsync("add", ["-", "--date", "2025-07-30", "--root", root], {
          input: paste(title),
        }),
      ),
    );
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
