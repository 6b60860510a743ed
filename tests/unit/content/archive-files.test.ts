/**
 * Reading paper and topic files strictly, and writing paper files all or nothing: through hidden
 * temporary files that a later run removes, under a lock, and never over a file that changed.
 */
import { spawn } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  archivePaths,
  loadDigests,
  loadPapers,
  loadTaxonomy,
  writePaperFiles,
} from "../../../src/content/archive-files.ts";
import { renderPaperFile } from "../../../src/content/papers/paper-file.ts";
import { InputError } from "../../../src/content/problem.ts";
import { makeArchive } from "../../support/archive.ts";

const PAPER = renderPaperFile({
  title: "Café Models",
  dates: ["2025-07-30"],
  topics: [],
  links: [],
  abstract: "An abstract.",
});

async function archiveWithPapers(files: Record<string, string | Uint8Array>) {
  const root = await makeArchive([]);
  const paths = archivePaths(root);
  await mkdir(paths.papers, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    await writeFile(join(paths.papers, name), content);
  }
  return paths;
}

async function problemsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).problems;
}

/** The id of a process that has ended. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["-e", ""]);
    child.on("exit", () => resolve(child.pid ?? 0));
  });
}

describe("reading paper and topic files", () => {
  it("refuses a paper file saved in Latin-1 at the line and byte of the first bad byte", async () => {
    const latin1 = Buffer.from(PAPER.replace("Café", "Caf\u00e9"), "latin1");
    const paths = await archiveWithPapers({ "cafe-models.md": latin1 });
    const { items, problems } = await loadPapers(paths);
    expect(items).toEqual([]);
    expect(problems).toEqual([
      {
        file: "content/papers/cafe-models.md",
        line: 2,
        message: `byte ${PAPER.indexOf("é")} (0xe9) is not UTF-8 text`,
        fix: "save it as UTF-8 (most editors offer the encoding in Save As), then run the command again",
      },
    ]);
  });

  it("names UTF-16 instead of reporting its byte order mark as a bad byte", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAPER, "utf16le")]);
    const paths = await archiveWithPapers({ "cafe-models.md": utf16 });
    const { problems } = await loadPapers(paths);
    expect(problems).toEqual([
      {
        file: "content/papers/cafe-models.md",
        line: 1,
        message: "the file is saved as UTF-16 (little-endian), not UTF-8",
        fix: "save it as UTF-8 (most editors offer the encoding in Save As), then run the command again",
      },
    ]);
  });

  it("reports a folder named like a paper file in words", async () => {
    const paths = await archiveWithPapers({ "cafe-models.md": PAPER });
    await mkdir(join(paths.papers, "x.md"));
    const { items, problems } = await loadPapers(paths);
    expect(items.map((paper) => paper.slug)).toEqual(["cafe-models"]);
    expect(problems).toEqual([
      {
        file: "content/papers/x.md",
        message: "cannot read it: it is a folder, not a file",
        fix: "move the folder out of that directory, or rename it so that its name does not look like a file's",
      },
    ]);
  });

  it("warns about a digest dated after tomorrow or before 1991, and still reads it", async () => {
    const paths = await archiveWithPapers({});
    const digest = "Jan 1\n\nA Paper\n\nIts abstract.\n";
    await writeFile(join(paths.digests, "2099-01-01.txt"), digest);
    await writeFile(join(paths.digests, "1025-01-01.txt"), digest);
    const { items, problems, warnings } = await loadDigests(paths);
    expect(problems).toEqual([]);
    expect(items.map((item) => item.date)).toEqual(["1025-01-01", "2099-01-01"]);
    const fix =
      "correct the date in the file name (and its date line), or take the file out of content/digests";
    expect(warnings).toEqual([
      {
        file: "content/digests/1025-01-01.txt",
        message:
          "its date 1025-01-01 is before 1991, older than any digest of papers: a typo in the file name or its date line?",
        fix,
      },
      {
        file: "content/digests/2099-01-01.txt",
        message: expect.stringMatching(
          /^its date 2099-01-01 is in the future \(the latest a digest can be is \d{4}-\d{2}-\d{2}\): a typo in the file name or its date line\?$/u,
        ),
        fix,
      },
    ]);
  });

  it("reports a folder named like a digest in words", async () => {
    const paths = await archiveWithPapers({});
    await mkdir(join(paths.digests, "2025-08-01.txt"), { recursive: true });
    const { items, problems } = await loadDigests(paths);
    expect(items).toEqual([]);
    expect(problems).toEqual([
      {
        file: "content/digests/2025-08-01.txt",
        message: "cannot read it: it is a folder, not a file",
        fix: "move the folder out of that directory, or rename it so that its name does not look like a file's",
      },
    ]);
  });

  it("refuses a topic file saved in Latin-1", async () => {
    const paths = await archiveWithPapers({});
    await writeFile(
      join(paths.topics, "cafe.md"),
      Buffer.from("---\nname: Caf\u00e9\nphrases: [cafe]\n---\n", "latin1"),
    );
    const { problems } = await loadTaxonomy(paths);
    expect(problems).toEqual([
      expect.objectContaining({
        file: "content/topics/cafe.md",
        line: 2,
        message: "byte 13 (0xe9) is not UTF-8 text",
      }),
    ]);
  });
});

describe("writePaperFiles", () => {
  it("removes and mentions temporary files left by an interrupted run, and nothing else", async () => {
    const paths = await archiveWithPapers({
      "a.md": PAPER,
      ".a.md.4242.tmp": "half a file",
      "b.md.4243.tmp": "half a file, as earlier versions named it",
      "notes.tmp": "a person's file",
      "a.md.bak": "a person's file",
    });
    const { warnings } = await writePaperFiles(paths, [
      { slug: "c", content: PAPER, replaces: null },
    ]);
    expect((await readdir(paths.papers)).sort()).toEqual(["a.md", "a.md.bak", "c.md", "notes.tmp"]);
    expect(warnings).toEqual([
      {
        file: "content/papers/.a.md.4242.tmp",
        message: "removed: a temporary file left by a run that was interrupted",
        fix: "nothing to do: this run wrote every file that needed writing",
      },
      {
        file: "content/papers/b.md.4243.tmp",
        message: "removed: a temporary file left by a run that was interrupted",
        fix: "nothing to do: this run wrote every file that needed writing",
      },
    ]);
  });

  it("writes nothing when any file would not read back", async () => {
    const paths = await archiveWithPapers({});
    const problem = { file: "content/papers/b.md", line: 3, message: "m", fix: "f" };
    const problems = await problemsOf(
      writePaperFiles(paths, [
        { slug: "a", content: PAPER, replaces: null },
        { slug: "b", content: PAPER, replaces: PAPER, problem },
      ]),
    );
    expect(problems).toEqual([problem]);
    expect(await readdir(paths.papers)).toEqual([]);
  });

  it("writes nothing when a file changed since it was read", async () => {
    const edited = `${PAPER}My note.\n`;
    const paths = await archiveWithPapers({ "a.md": edited, "b.md": PAPER });
    const problems = await problemsOf(
      writePaperFiles(paths, [
        { slug: "a", content: `${PAPER}new`, replaces: PAPER },
        { slug: "b", content: `${PAPER}new`, replaces: PAPER },
        { slug: "c", content: PAPER, replaces: null },
      ]),
    );
    expect(problems).toEqual([
      {
        file: "content/papers/a.md",
        message: "this file changed while the command was running",
        fix: "run the command again; it will take the file as it is now",
      },
    ]);
    expect(await readFile(join(paths.papers, "a.md"), "utf8")).toBe(edited);
    expect(await readFile(join(paths.papers, "b.md"), "utf8")).toBe(PAPER);
    expect((await readdir(paths.papers)).sort()).toEqual(["a.md", "b.md"]);
  });

  it("takes over a lock left by a run that was killed, and says so", async () => {
    const paths = await archiveWithPapers({});
    const pid = await deadPid();
    await writeFile(join(paths.papers, ".lock"), `${pid}\n`);
    const { warnings } = await writePaperFiles(paths, [
      { slug: "a", content: PAPER, replaces: null },
    ]);
    expect(warnings).toEqual([
      {
        file: "content/papers/.lock",
        message: `taken over: it was left by a run that was stopped (process ${pid})`,
        fix: "nothing to do",
      },
    ]);
    expect(await readdir(paths.papers)).toEqual(["a.md"]);
  });

  it("waits while another live run holds the lock", async () => {
    const paths = await archiveWithPapers({});
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    await writeFile(join(paths.papers, ".lock"), `${holder.pid}\n`);
    const said = vi.spyOn(console, "error").mockImplementation(() => {});
    const writing = writePaperFiles(paths, [{ slug: "a", content: PAPER, replaces: null }]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await readdir(paths.papers)).toEqual([".lock"]);
    holder.kill("SIGKILL");
    const { warnings } = await writing;
    expect(said.mock.calls).toEqual([
      [`Waiting for another run (process ${holder.pid}) to finish writing paper files…`],
    ]);
    said.mockRestore();
    expect(warnings.map((warning) => warning.message)).toEqual([
      `taken over: it was left by a run that was stopped (process ${holder.pid})`,
    ]);
    expect(await readdir(paths.papers)).toEqual(["a.md"]);
  });
});
