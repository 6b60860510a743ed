/**
 * update.yml: when it runs, which days it fetches, that it commits content/ only when something
 * changed, as github-actions[bot], and deploys what it pushed. Its shell steps run here for real,
 * in a throwaway git repository with a bare one as its remote.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { expression, readWorkflow, runStepScript, stepById } from "../support/workflows.ts";

const UPDATE = readWorkflow("update.yml");
const DEPLOY = readWorkflow("deploy.yml");
const BOT = "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>";

describe("update.yml's triggers", () => {
  it("runs every day at 22:37 and 06:37 UTC", () => {
    expect(UPDATE.on.schedule).toEqual([{ cron: "37 22 * * *" }, { cron: "37 6 * * *" }]);
  });

  it("runs by hand for one date or a from–to range, all optional", () => {
    const inputs = UPDATE.on.workflow_dispatch?.inputs ?? {};
    expect(Object.keys(inputs)).toEqual(["date", "from", "to"]);
    expect(Object.values(inputs).map(({ type, required }) => [type, required])).toEqual([
      ["string", false],
      ["string", false],
      ["string", false],
    ]);
  });

  it("never runs two updates at once, nor cancels one under way", () => {
    expect(UPDATE.concurrency).toEqual({ group: "archive-update", "cancel-in-progress": false });
  });
});

describe("update.yml's jobs", () => {
  const update = UPDATE.jobs["update"];
  const deploy = UPDATE.jobs["deploy"];

  it("fetches, splits, then commits, each step only if every one before it succeeded", () => {
    const steps = update?.steps ?? [];
    expect(steps.map((step) => step.id ?? step.uses ?? step.run)).toEqual([
      "actions/checkout@v7",
      "actions/setup-node@v7",
      "npm ci",
      "fetch",
      "npm run split",
      "commit",
    ]);
    expect(steps.filter((step) => step.if || step["continue-on-error"])).toEqual([]);
    expect(UPDATE.defaults?.run.shell).toBe("bash");
  });

  it("deploys through deploy.yml after the push, only when it pushed, the very commit pushed", () => {
    expect(deploy).toMatchObject({
      needs: "update",
      if: "needs.update.outputs.pushed == 'true'",
      uses: "./.github/workflows/deploy.yml",
      with: { ref: expression("needs.update.outputs.commit") },
    });
    expect(update?.outputs).toEqual({
      pushed: expression("steps.commit.outputs.pushed"),
      commit: expression("steps.commit.outputs.commit"),
    });
  });

  it("and deploy.yml builds the commit it is given", () => {
    expect(DEPLOY.on.workflow_call?.inputs["ref"]).toMatchObject({
      type: "string",
      required: true,
    });
    const checkout = DEPLOY.jobs["build"]?.steps[0];
    expect(checkout).toMatchObject({
      uses: "actions/checkout@v7",
      with: { ref: expression("inputs.ref") },
    });
  });
});

/** A folder with a stand-in `npm` that records its arguments and exits with $NPM_EXIT. */
function fakeNpm(): { bin: string; calls: string } {
  const dir = mkdtempSync(join(tmpdir(), "fake-npm-"));
  const calls = join(dir, "calls");
  mkdirSync(join(dir, "bin"));
  writeFileSync(
    join(dir, "bin", "npm"),
    `#!/bin/sh\nprintf '%s\\n' "$@" >> "${calls}"\nexit "\${NPM_EXIT:-0}"\n`,
  );
  chmodSync(join(dir, "bin", "npm"), 0o755);
  return { bin: join(dir, "bin"), calls };
}

function dayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

// The step's job is to choose the fetch's arguments from the run's inputs; `npm run fetch` has
// tests of its own, so a stand-in records the call instead of reaching the API.
describe("update.yml's fetch step", () => {
  const script = stepById(UPDATE, "update", "fetch").run ?? "";

  function fetchStep(inputs: { DATE?: string; FROM?: string; TO?: string }, npmExit = 0) {
    const npm = fakeNpm();
    const cwd = mkdtempSync(join(tmpdir(), "fetch-step-"));
    const run = runStepScript(script, {
      cwd,
      env: {
        PATH: `${npm.bin}:${process.env["PATH"]}`,
        NPM_EXIT: String(npmExit),
        DATE: inputs.DATE ?? "",
        FROM: inputs.FROM ?? "",
        TO: inputs.TO ?? "",
      },
    });
    const npmArgs = existsSync(npm.calls)
      ? readFileSync(npm.calls, "utf8").trimEnd().split("\n")
      : [];
    return { ...run, npmArgs, cwd };
  }

  it("fetches yesterday and today, UTC, on a scheduled run (no inputs)", () => {
    const before = dayUtc();
    const run = fetchStep({});
    const after = dayUtc(); // the run may cross midnight UTC: then either day is right
    const [, , , , from, , to] = run.npmArgs;
    expect(run.status).toBe(0);
    expect([before, after]).toContain(to);
    expect(run.npmArgs).toEqual(["run", "fetch", "--", "--from", from, "--to", to]);
    expect(new Date(`${to}T00:00:00Z`).getTime() - new Date(`${from}T00:00:00Z`).getTime()).toBe(
      86_400_000,
    );
    expect(run.outputs).toEqual({ days: `${from} to ${to}` });
  });

  it("fetches the one date asked for", () => {
    const run = fetchStep({ DATE: "2025-07-30" });
    expect(run.status).toBe(0);
    expect(run.npmArgs).toEqual(["run", "fetch", "--", "--date", "2025-07-30"]);
    expect(run.outputs).toEqual({ days: "2025-07-30" });
  });

  it("backfills the range asked for", () => {
    const run = fetchStep({ FROM: "2024-12-30", TO: "2025-01-02" });
    expect(run.status).toBe(0);
    expect(run.npmArgs).toEqual([
      "run",
      "fetch",
      "--",
      "--from",
      "2024-12-30",
      "--to",
      "2025-01-02",
    ]);
    expect(run.outputs).toEqual({ days: "2024-12-30 to 2025-01-02" });
  });

  it("fails the run when the fetch fails", () => {
    const run = fetchStep({ DATE: "2025-07-30" }, 1);
    expect(run.status).toBe(1);
  });

  const notADay =
    "::error title=Bad input::date must be a day written YYYY-MM-DD, e.g. 2025-07-30.";
  const eitherOr =
    "::error title=Bad input::Give either a date, or both from and to (or nothing, for yesterday and today).";
  it.each([
    [{ DATE: "2025-02-30" }, notADay],
    [{ DATE: "30/07/2025" }, notADay],
    [{ DATE: "2025-7-30" }, notADay],
    [{ DATE: " 2025-07-30" }, notADay],
    [{ DATE: "2025-07-30 --root /" }, notADay],
    [
      { FROM: "2025-07-01", TO: "2025-13-01" },
      "::error title=Bad input::to must be a day written YYYY-MM-DD, e.g. 2025-07-31.",
    ],
    [
      { FROM: "July 1", TO: "2025-07-31" },
      "::error title=Bad input::from must be a day written YYYY-MM-DD, e.g. 2025-07-01.",
    ],
    [{ FROM: "2025-07-01" }, eitherOr],
    [{ TO: "2025-07-31" }, eitherOr],
    [{ DATE: "2025-07-30", TO: "2025-07-31" }, eitherOr],
  ])("refuses %o, fetching nothing", (inputs, message) => {
    const run = fetchStep(inputs);
    expect([run.status, run.stdout.trim(), run.npmArgs]).toEqual([2, message, []]);
  });

  it("treats an input as text, never as shell code", () => {
    const run = fetchStep({ DATE: "$(touch injected)`touch injected`" });
    expect(run.status).toBe(2);
    expect(existsSync(join(run.cwd, "injected"))).toBe(false);
  });
});

/** No system or user git configuration: the step's git sees only the repository's. */
const GIT_ISOLATED = {
  PATH: process.env["PATH"] ?? "",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
};

/** The tests' own commits, by a person. */
const GIT_ENV = {
  ...GIT_ISOLATED,
  GIT_AUTHOR_NAME: "A Person",
  GIT_AUTHOR_EMAIL: "person@example.org",
  GIT_COMMITTER_NAME: "A Person",
  GIT_COMMITTER_EMAIL: "person@example.org",
};

/** git as the tests' person, without the machine's or the user's configuration. */
function git(cwd: string, ...args: string[]): string {
  const result = spawnSync("git", args, { cwd, env: GIT_ENV, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
  return result.stdout.trim();
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A checkout of main with one commit, pushed to a bare repository that stands in for GitHub. */
function checkout(): { work: string; remote: string } {
  const dir = mkdtempSync(join(tmpdir(), "update-commit-"));
  const work = join(dir, "work");
  const remote = join(dir, "remote.git");
  git(dir, "init", "--quiet", "--bare", "--initial-branch=main", remote);
  git(dir, "init", "--quiet", "--initial-branch=main", work);
  write(work, "content/digests/2025-07-30.txt", "Jul 30\n");
  write(work, "content/papers/a-paper.md", "---\ntitle: A paper\n---\n");
  write(work, "package.json", "{}\n");
  git(work, "add", ".");
  git(work, "commit", "--quiet", "--message", "Start");
  git(work, "remote", "add", "origin", remote);
  git(work, "push", "--quiet", "origin", "main");
  return { work, remote };
}

describe("update.yml's commit step", () => {
  const script = stepById(UPDATE, "update", "commit").run ?? "";

  function commitStep(work: string) {
    // Without the tests' author: the step sets the bot's identity itself.
    return runStepScript(script, {
      cwd: work,
      env: {
        ...GIT_ISOLATED,
        HOME: work,
        DAYS: "2025-07-31 to 2025-08-01",
        GITHUB_REF: "refs/heads/main",
      },
    });
  }

  it("commits nothing and asks for no deploy when content/ did not change", () => {
    const { work, remote } = checkout();
    const before = git(remote, "rev-parse", "main");
    write(work, "package.json", '{"changed": "outside content/"}\n');
    write(work, "stray.log", "not content\n");
    const run = commitStep(work);
    expect([run.status, run.stdout.trim(), run.outputs]).toEqual([
      0,
      "Nothing changed in content/: no commit, no deploy.",
      { pushed: "false" },
    ]);
    expect(git(remote, "rev-parse", "main")).toBe(before);
  });

  it("commits the changes in content/, and only those, as github-actions[bot], and pushes", () => {
    const { work, remote } = checkout();
    write(work, "content/digests/2025-08-01.json", "[]\n");
    write(work, "content/papers/a-paper.md", "---\ntitle: A paper\ndates: [2]\n---\n");
    write(work, "package.json", '{"changed": "outside content/"}\n');
    const run = commitStep(work);
    expect(run.status).toBe(0);
    const pushed = git(remote, "rev-parse", "main");
    expect(run.outputs).toEqual({ pushed: "true", commit: pushed });
    expect(git(remote, "log", "-1", "--format=%an <%ae>%n%cn <%ce>%n%s", "main")).toBe(
      `${BOT}\n${BOT}\nDaily Papers: 2025-07-31 to 2025-08-01`,
    );
    expect(git(remote, "diff-tree", "--no-commit-id", "--name-only", "-r", "main")).toBe(
      "content/digests/2025-08-01.json\ncontent/papers/a-paper.md",
    );
    expect(git(work, "status", "--porcelain")).toBe("M package.json");
  });

  it("fails, pushing nothing, when main moved on during the run", () => {
    const { work, remote } = checkout();
    const other = join(dirname(work), "other");
    git(dirname(work), "clone", "--quiet", remote, other);
    write(other, "content/digests/2025-08-02.txt", "Aug 2\n");
    git(other, "add", ".");
    git(other, "commit", "--quiet", "--message", "Pasted digest");
    git(other, "push", "--quiet", "origin", "main");
    const theirs = git(remote, "rev-parse", "main");
    write(work, "content/digests/2025-08-01.json", "[]\n");
    const run = commitStep(work);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "::error title=Not pushed::refs/heads/main changed during this run, so nothing was pushed. The next run fetches these days again.",
    );
    expect(run.outputs).toEqual({});
    expect(git(remote, "rev-parse", "main")).toBe(theirs);
  });
});
