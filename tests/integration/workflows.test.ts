/** Every GitHub Actions workflow passes actionlint and keeps the rules that make it safe to run. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bashSyntaxErrors,
  expression,
  lintWorkflow,
  readWorkflow,
  runSteps,
  WORKFLOWS_DIR,
  type Workflow,
  workflowFiles,
  workflowText,
} from "../support/workflows.ts";

const FILES = workflowFiles();
const WORKFLOWS = FILES.map((file) => ({ file, workflow: readWorkflow(file) }));

describe("actionlint", () => {
  it("finds the workflows to lint", () => {
    expect(FILES).toEqual(expect.arrayContaining(["deploy.yml", "update.yml"]));
  });

  it.each(FILES)("finds nothing wrong in %s", async (file) => {
    expect(await lintWorkflow(workflowText(file), `.github/workflows/${file}`)).toEqual([]);
  });

  it("reports what is wrong in a broken workflow, with its line", async () => {
    const broken = [
      "on:",
      "  issues:",
      "  workflow_dispatch:",
      "    inputs:",
      "      day:",
      "        type: string",
      "jobs:",
      "  greet:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      `      - run: echo "${expression("github.event.issue.title")}"`,
      `      - run: echo "${expression("inputs.date")}"`,
      "      - uses: actions/checkout@v4",
      "        with:",
      "          depth: 1",
      "",
    ].join("\n");
    const findings = await lintWorkflow(broken, "broken.yml");
    expect(findings.map(({ kind, line, column }) => [kind, line, column])).toEqual([
      ["expression", 11, 24],
      ["expression", 12, 24],
      ["action", 15, 11],
    ]);
    expect(findings[0]?.message).toContain('"github.event.issue.title" is potentially untrusted');
    expect(findings[1]?.message).toBe(
      'property "date" is not defined in object type {day: string}',
    );
    expect(findings[2]?.message).toContain('input "depth" is not defined in action');
  });
});

// This build of actionlint has no shellcheck: bash checks the scripts' syntax at least.
describe("run scripts", () => {
  const scripts = WORKFLOWS.flatMap(({ file, workflow }) =>
    runSteps(workflow).map(({ label, run }) => ({ name: `${file} ${label}`, run })),
  );

  it.each(scripts)("$name parses as bash", ({ run }) => {
    expect(bashSyntaxErrors(run)).toBe("");
  });

  it("a script that does not parse is caught", () => {
    expect(bashSyntaxErrors('echo "days=$days\n')).toContain("unexpected EOF");
  });

  // An expression is pasted into the script before bash reads it, so a value holding `"; rm -rf`
  // would run: values reach scripts through env: instead, as variables bash quotes.
  it("expand no expression: values come in through env:", () => {
    const expanding = scripts.filter(({ run }) => /\$\{\{/u.test(run)).map(({ name }) => name);
    expect(expanding).toEqual([]);
  });
});

/** `workflow/job: scope` for every scope a job may write to. */
function writeScopes(file: string, workflow: Workflow): string[] {
  return Object.entries(workflow.jobs).flatMap(([name, job]) =>
    Object.entries(typeof job.permissions === "object" ? job.permissions : {})
      .filter(([, access]) => access === "write")
      .map(([scope]) => `${file}/${name}: ${scope}`),
  );
}

describe("permissions", () => {
  it("no workflow grants anything by default: each job asks for its own", () => {
    expect(WORKFLOWS.map(({ file, workflow }) => [file, workflow.permissions])).toEqual(
      FILES.map((file) => [file, {}]),
    );
  });

  it("only the job that pushes writes contents; only deploys write pages and id-token", () => {
    expect(WORKFLOWS.flatMap(({ file, workflow }) => writeScopes(file, workflow))).toEqual([
      "deploy.yml/deploy: pages",
      "deploy.yml/deploy: id-token",
      "update.yml/update: contents",
      "update.yml/deploy: pages",
      "update.yml/deploy: id-token",
    ]);
    const update = readWorkflow("update.yml").jobs["update"];
    expect(update?.steps.some((step) => step.run?.includes("git push"))).toBe(true);
  });

  it("the deploy build reads only contents and the Pages settings", () => {
    expect(readWorkflow("deploy.yml").jobs["build"]?.permissions).toEqual({
      contents: "read",
      pages: "read",
    });
  });
});

const ACCESS = { none: 0, read: 1, write: 2 } as const;

describe("calls of this repository's reusable workflows", () => {
  const calls = WORKFLOWS.flatMap(({ file, workflow }) =>
    Object.entries(workflow.jobs)
      .filter(([, job]) => job.uses?.startsWith("./.github/workflows/"))
      .map(([name, job]) => ({ name: `${file}/${name}`, job, callee: job.uses ?? "" })),
  );

  it("exist", () => {
    expect(calls.map(({ name, callee }) => `${name} → ${callee}`)).toEqual([
      "update.yml/deploy → ./.github/workflows/deploy.yml",
    ]);
  });

  it.each(calls)("$name passes the inputs the called workflow declares", ({ job, callee }) => {
    expect(existsSync(join(WORKFLOWS_DIR, "..", "..", callee))).toBe(true);
    const inputs = readWorkflow(callee.replace("./.github/workflows/", "")).on.workflow_call
      ?.inputs;
    expect(inputs).toBeDefined();
    const given = Object.keys(job.with ?? {}).sort();
    const required = Object.entries(inputs ?? {})
      .filter(([, input]) => input.required)
      .map(([name]) => name);
    expect(given.filter((name) => !(inputs && name in inputs))).toEqual([]);
    expect(required.filter((name) => !given.includes(name))).toEqual([]);
  });

  // A called workflow's jobs get at most what the calling job was granted.
  it.each(calls)("$name grants every permission the called jobs ask for", ({ job, callee }) => {
    const granted = typeof job.permissions === "object" ? job.permissions : {};
    const called = readWorkflow(callee.replace("./.github/workflows/", ""));
    const missing = Object.values(called.jobs).flatMap((calledJob) =>
      Object.entries(typeof calledJob.permissions === "object" ? calledJob.permissions : {})
        .filter(([scope, access]) => ACCESS[access] > ACCESS[granted[scope] ?? "none"])
        .map(([scope, access]) => `${scope}: ${access}`),
    );
    expect(missing).toEqual([]);
  });

  // A caller and its callee in one concurrency group wait for each other: GitHub cancels the run.
  it.each(calls)("$name runs in a concurrency group of its own", ({ name, callee }) => {
    const caller = readWorkflow(name.slice(0, name.indexOf("/")));
    const called = readWorkflow(callee.replace("./.github/workflows/", ""));
    expect(caller.concurrency?.group).toBeDefined();
    expect(called.concurrency?.group).toBeDefined();
    expect(caller.concurrency?.group).not.toBe(called.concurrency?.group);
  });
});
