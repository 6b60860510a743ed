/**
 * `npm run split` on paper files people wrote in their own YAML style: it updates them so that
 * they read back, and refuses, naming the file and writing nothing, when it cannot.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeArchive } from "../support/archive.ts";
import { paperTimes, readPapers, runSplit } from "../support/cli.ts";

const SLUG = "a-very-long-title-about-scaling-laws-for-parameter-efficient-fine-tuning-of";
const FILE = `content/papers/${SLUG}.md`;

/** A split archive whose paper SLUG has been rewritten by `edit`, with a day no digest lists. */
async function editedArchive(edit: (text: string) => string): Promise<string> {
  const root = await makeArchive();
  expect(runSplit(root).status).toBe(0);
  const path = join(root, FILE);
  const text = await readFile(path, "utf8");
  // A day no digest lists makes the next split take it out of `dates`: an update.
  await writeFile(
    path,
    edit(text.replace('dates: ["2024-12-31"]', 'dates: ["2024-12-30", "2024-12-31"]')),
  );
  return root;
}

describe("split on hand-edited paper files", () => {
  it("updates a quoted key and a block list with a comment, and the file reads back", async () => {
    const root = await editedArchive((text) =>
      text.replace(
        'dates: ["2024-12-30", "2024-12-31"]',
        '"dates":\n  # from the first digest\n  - 2024-12-30\n  - 2024-12-31',
      ),
    );
    const run = runSplit(root);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const text = await readFile(join(root, FILE), "utf8");
    expect(text).toContain(
      'date: "2024-12-31"\n"dates": ["2024-12-31"]\n  # from the first digest\ntopics:',
    );
    // The next split reads it and has nothing to do.
    const again = runSplit(root);
    expect(again.status).toBe(0);
    expect(await readFile(join(root, FILE), "utf8")).toBe(text);
  });

  it("refuses a file it cannot update so that it reads back, and writes nothing", async () => {
    const root = await editedArchive((text) =>
      text
        .replace(
          'dates: ["2024-12-30", "2024-12-31"]',
          'dates: &first ["2024-12-30", "2024-12-31"]',
        )
        .replace("links: []", "links: []\nfirst_seen: *first"),
    );
    const papers = await readPapers(root);
    const times = await paperTimes(root);
    const run = runSplit(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${FILE}:4: cannot record the new dates without changing what the file says: it would no longer read: the frontmatter is not valid YAML: unidentified alias "first"`,
    );
    expect(run.stderr).toContain("without anchors or aliases");
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(await readPapers(root)).toEqual(papers);
    expect(await paperTimes(root)).toEqual(times);
  });
});
