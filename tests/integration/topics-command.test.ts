/** npm run topics with the taxonomy unchanged: a person's topic order and comments stay. */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { makeArchive } from "../support/archive.ts";
import { paperTimes, runScript, runSplit } from "../support/cli.ts";

it("npm run topics leaves a hand-reordered topic list, and its comment, as written", async () => {
  const root = await makeArchive();
  expect(runSplit(root).status).toBe(0);
  const file = join(
    root,
    "content",
    "papers",
    "reinforcement-learning-from-human-feedback-revisited.md",
  );
  const original = await readFile(file, "utf8");
  const line = 'topics: ["reinforcement-learning", "large-language-models"]';
  expect(original).toContain(line);
  const edited = original.replace(
    line,
    'topics: ["large-language-models", "reinforcement-learning"]  # LLMs first',
  );
  await writeFile(file, edited);
  const before = await paperTimes(root);

  const run = runScript("topics", ["--root", root]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("0 updated");
  expect(await readFile(file, "utf8")).toBe(edited);
  expect(await paperTimes(root)).toEqual(before);
});
