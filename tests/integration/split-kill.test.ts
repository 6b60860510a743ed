/**
 * The split on a few thousand papers, killed at random points and run again, ends in exactly the
 * files of a split that was never interrupted, with no stray file; two splits at once end in the
 * files of one; what an interrupted run leaves cannot be staged by the README's publishing step.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { syntheticDigests } from "../../src/bench/synthetic.ts";
import { parsePaperFile } from "../../src/content/papers/paper-file.ts";
import { makeArchive, PROJECT_ROOT } from "../support/archive.ts";
import { runScriptAsync, runSplit } from "../support/cli.ts";

const PAPERS = 2000;
const PAPERS_PER_DAY = 100;
/** Digests split before the run that is killed, so that it both creates and updates files. */
const EARLIER_DAYS = 5;
const COPIES = 2;

/** Every file under content/papers, hidden ones included: name → bytes. */
async function paperFiles(root: string): Promise<Map<string, string>> {
  const dir = join(root, "content", "papers");
  const names = (await readdir(dir)).sort();
  const contents = await Promise.all(names.map((name) => readFile(join(dir, name), "latin1")));
  return new Map(names.map((name, i) => [name, contents[i] ?? ""]));
}

async function copyArchive(from: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "paper-archive-kill-"));
  await cp(from, root, { recursive: true });
  return root;
}

function startSplit(root: string): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    [join(PROJECT_ROOT, "scripts", "split.ts"), "--root", root],
    {
      cwd: PROJECT_ROOT,
      stdio: "ignore",
    },
  );
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the time the split's lock appears (it starts writing), or undefined if it ends first. */
async function lockTaken(root: string, ended: () => boolean): Promise<number | undefined> {
  const lock = join(root, "content", "papers", ".lock");
  while (!ended()) {
    if (await stat(lock).catch(() => undefined)) return Date.now();
    await sleep(2);
  }
  return undefined;
}

/**
 * Starts a split and kills it with SIGKILL at `when`: a number of ms after its start, or a number
 * of ms after it starts writing (takes the lock). Says whether the kill found it still running.
 */
async function killedSplit(root: string, when: { after: number } | { writing: number }) {
  const { child, exited } = startSplit(root);
  let ended = false;
  void exited.then(() => (ended = true));
  if ("after" in when) {
    await Promise.race([exited, sleep(when.after)]);
  } else {
    await lockTaken(root, () => ended);
    await Promise.race([exited, sleep(when.writing)]);
  }
  const hit = !ended;
  if (hit) child.kill("SIGKILL");
  await exited;
  return hit;
}

describe("an interrupted split", () => {
  let baseline: string;
  let expected: Map<string, string>;
  let before: Map<string, string>;
  let duration: number;
  /** How long the uninterrupted split held the lock: checked and wrote files. */
  let writing: number;

  beforeAll(async () => {
    baseline = await makeArchive([]);
    const digests = [
      ...syntheticDigests({ papers: PAPERS, papersPerDay: PAPERS_PER_DAY, seed: 7 }),
    ];
    const dir = join(baseline, "content", "digests");
    for (const digest of digests.slice(0, EARLIER_DAYS)) {
      await writeFile(join(dir, digest.name), digest.text);
    }
    expect(runSplit(baseline).status).toBe(0);
    for (const digest of digests.slice(EARLIER_DAYS)) {
      await writeFile(join(dir, digest.name), digest.text);
    }
    const uninterrupted = await copyArchive(baseline);
    const started = Date.now();
    const { exited } = startSplit(uninterrupted);
    let ended = false;
    void exited.then(() => (ended = true));
    const locked = await lockTaken(uninterrupted, () => ended);
    expect(await exited).toBe(0);
    duration = Date.now() - started;
    writing = Date.now() - (locked ?? started);
    before = await paperFiles(baseline);
    expected = await paperFiles(uninterrupted);
    expect(expected.size).toBe(PAPERS);
    expect(before).not.toEqual(expected);
  }, 120_000);

  it("converges to the uninterrupted result after SIGKILL at random points", async () => {
    // On each copy, one kill at any point of the run, then kills while it writes paper files
    // until one leaves the copy part-written (some files new, others not yet).
    const hits: boolean[] = [];
    let leftoverCount = 0;
    const partWritten = (left: Map<string, string>) =>
      [...left.keys()].some((name) => name.startsWith(".")) ||
      ([...expected].some(([name, bytes]) => left.get(name) !== bytes) &&
        [...expected].some(
          ([name, bytes]) => left.get(name) === bytes && before.get(name) !== bytes,
        ));
    for (let trial = 0; trial < COPIES; trial++) {
      let root = await copyArchive(baseline);
      hits.push(await killedSplit(root, { after: Math.round(duration * Math.random()) }));
      let left = await paperFiles(root);
      for (let attempt = 0; attempt < 6 && !partWritten(left); attempt++) {
        if (isDeepStrictEqual(left, expected)) {
          // Killed after its last write: start again from the earlier archive.
          await rm(root, { recursive: true, force: true });
          root = await copyArchive(baseline);
        }
        hits.push(await killedSplit(root, { writing: Math.round(writing * Math.random()) }));
        left = await paperFiles(root);
      }
      expect(partWritten(left)).toBe(true);
      const rerun = await runScriptAsync("split", ["--root", root]);
      expect(rerun.status, rerun.stderr).toBe(0);
      const leftovers = [...left.keys()].filter((name) => name.endsWith(".tmp"));
      leftoverCount += leftovers.length;
      if (leftovers.length > 0) {
        expect(rerun.stdout).toContain(
          `content/papers/${leftovers[0]}: removed: a temporary file left by a run that was interrupted`,
        );
      }
      const after = await paperFiles(root);
      expect([...after.keys()]).toEqual([...expected.keys()]);
      for (const [name, bytes] of expected) expect(after.get(name), name).toBe(bytes);
      await rm(root, { recursive: true, force: true });
    }
    console.log(
      `kill test: ${PAPERS} papers, uninterrupted split ${duration} ms (${writing} ms writing); ${hits.filter(Boolean).length} of ${hits.length} kills hit a running split; ${COPIES} copies left part-written with ${leftoverCount} temporary files in all`,
    );
  }, 120_000);

  it("run twice at once ends in the files of one run", async () => {
    const root = await copyArchive(baseline);
    const [first, second] = await Promise.all([
      runScriptAsync("split", ["--root", root]),
      runScriptAsync("split", ["--root", root]),
    ]);
    expect(first?.status, first?.stderr).toBe(0);
    expect(second?.status, second?.stderr).toBe(0);
    expect(await paperFiles(root)).toEqual(expected);
    await rm(root, { recursive: true, force: true });
  }, 120_000);
});

describe("split and topics at once", () => {
  /** Each paper file's value of `key`. */
  async function values(root: string, key: "dates" | "topics") {
    const files = await paperFiles(root);
    return new Map(
      [...files].flatMap(([name, text]) => {
        const parsed = parsePaperFile(Buffer.from(text, "latin1").toString("utf8"), name);
        return parsed.ok ? [[name, parsed.data[key]] as const] : [];
      }),
    );
  }

  it("lose neither run's changes: a run that exits 0 wrote them, or it refused", async () => {
    const baseline = await makeArchive([]);
    const digests = [...syntheticDigests({ papers: 600, papersPerDay: PAPERS_PER_DAY, seed: 8 })];
    const dir = join(baseline, "content", "digests");
    for (const [i, digest] of digests.entries()) {
      if (i < 3) await writeFile(join(dir, digest.name), digest.text);
    }
    expect(runSplit(baseline).status).toBe(0);
    for (const digest of digests.slice(3)) await writeFile(join(dir, digest.name), digest.text);
    // A new topic that most papers match: `topics` rewrites their files.
    await writeFile(
      join(baseline, "content", "topics", "models.md"),
      '---\nname: "Models"\nphrases: ["model", "models"]\n---\nPapers about models.\n',
    );
    const splitOnly = await copyArchive(baseline);
    expect(runSplit(splitOnly).status).toBe(0);
    const topicsOnly = await copyArchive(baseline);
    expect((await runScriptAsync("topics", ["--root", topicsOnly])).status).toBe(0);
    const [wantDates, wantTopics] = [
      await values(splitOnly, "dates"),
      await values(topicsOnly, "topics"),
    ];

    const root = await copyArchive(baseline);
    const [split, topics] = await Promise.all([
      runScriptAsync("split", ["--root", root]),
      runScriptAsync("topics", ["--root", root]),
    ]);
    const [dates, topicIds] = [await values(root, "dates"), await values(root, "topics")];
    for (const [name, run, got, want] of [
      ["split", split, dates, wantDates],
      ["topics", topics, topicIds, wantTopics],
    ] as const) {
      if (run.status === 0) {
        for (const [file, value] of got)
          expect(value, `${name}: ${file}`).toEqual(want.get(file) ?? value);
      } else {
        expect(run.status).toBe(1);
        expect(run.stderr).toContain("changed while the command was running");
      }
    }
  }, 120_000);
});

describe("what an interrupted run leaves", () => {
  it("is not staged by `git add content/digests content/papers`", async () => {
    const root = await mkdtemp(join(tmpdir(), "paper-archive-git-"));
    await cp(join(PROJECT_ROOT, ".gitignore"), join(root, ".gitignore"));
    await mkdir(join(root, "content", "papers"), { recursive: true });
    await mkdir(join(root, "content", "digests"), { recursive: true });
    for (const name of ["a.md", ".a.md.1234.tmp", "b.md.1235.tmp", ".lock"]) {
      await writeFile(join(root, "content", "papers", name), "x");
    }
    const git = (...args: string[]) =>
      spawnSync("git", args, {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, GIT_DIR: join(root, ".git") },
      });
    expect(git("init", "-q").status).toBe(0);
    expect(git("add", "content/digests", "content/papers").status).toBe(0);
    expect(git("diff", "--cached", "--name-only").stdout).toBe("content/papers/a.md\n");
  });
});
