import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  type BuildInputs,
  finishLastBuild,
  inputsHash,
  outputHash,
  readLastBuild,
  writeLastBuild,
} from "../../../src/build/last-build.ts";

const folder = mkdtempSync(join(tmpdir(), "last-build-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
}

describe("inputsHash", () => {
  const archiveRoot = join(folder, "archive");
  const projectRoot = join(folder, "project");
  write(join(archiveRoot, "content", "papers", "a.md"), "title: A\n");
  write(join(archiveRoot, "content", "digests", "2025-01-01.txt"), "digest");
  write(join(projectRoot, "src", "page.ts"), "code");
  write(join(projectRoot, "package-lock.json"), "{}");
  const inputs: BuildInputs = { archiveRoot, projectRoot, settings: { basePath: "/" } };
  const before = inputsHash(inputs).hash;

  it.each([
    ["a paper file edited", join(archiveRoot, "content", "papers", "a.md"), "title: B\n"],
    ["a paper file added", join(archiveRoot, "content", "papers", "b.md"), "title: B\n"],
    ["a digest edited", join(archiveRoot, "content", "digests", "2025-01-01.txt"), "digest!"],
    ["the code edited", join(projectRoot, "src", "page.ts"), "code!"],
    ["the lockfile edited", join(projectRoot, "package-lock.json"), '{"a":1}'],
  ])("changes with %s, and comes back with the file", (_, path, text) => {
    let old: string | undefined;
    try {
      old = readFileSync(path, "utf8");
    } catch {
      old = undefined;
    }
    write(path, text);
    expect(inputsHash(inputs).hash).not.toBe(before);
    if (old === undefined) rmSync(path);
    else write(path, old);
    expect(inputsHash(inputs).hash).toBe(before);
  });

  it("changes with a setting, and ignores hidden files (the split's lock, temporary files)", () => {
    expect(inputsHash({ ...inputs, settings: { basePath: "/archive/" } }).hash).not.toBe(before);
    write(join(archiveRoot, "content", "papers", ".lock"), "pid");
    expect(inputsHash(inputs).hash).toBe(before);
  });
});

describe("inputsHash with the last hash's files", () => {
  const archiveRoot = join(folder, "reuse");
  const paper = join(archiveRoot, "content", "papers", "a.md");
  write(paper, "title: A\n");
  const inputs: BuildInputs = { archiveRoot, projectRoot: join(folder, "none"), settings: {} };
  // Set back in time, so that it is not too close to the hash below.
  utimesSync(paper, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
  const fresh = inputsHash(inputs);

  it("does not read a file again whose size and time are as recorded", () => {
    const entry = fresh.files[paper] as [number, number, string];
    const known = {
      ...fresh,
      files: { [paper]: [entry[0], entry[1], "recorded"] as typeof entry },
    };
    // The recorded hash is taken as the file's: proof that the file was not read.
    expect(inputsHash(inputs, known).files[paper]?.[2]).toBe("recorded");
    expect(inputsHash(inputs, known).hash).not.toBe(fresh.hash);
  });

  it("reads a file again when its size or time differ, or when it changed just before the last look", () => {
    const entry = fresh.files[paper] as [number, number, string];
    const [size, modified] = entry;
    for (const files of [
      { [paper]: [size + 1, modified, "recorded"] as typeof entry },
      { [paper]: [size, modified + 1, "recorded"] as typeof entry },
      {},
    ]) {
      expect(inputsHash(inputs, { files, hashedAt: fresh.hashedAt }).hash).toBe(fresh.hash);
    }
    const justBefore = {
      files: { [paper]: [size, modified, "recorded"] as typeof entry },
      hashedAt: modified + 500,
    };
    expect(inputsHash(inputs, justBefore).hash).toBe(fresh.hash);
  });

  it("sees an edit that keeps the size", () => {
    write(paper, "title: B\n");
    expect(inputsHash(inputs, fresh).hash).not.toBe(fresh.hash);
  });
});

describe("outputHash", () => {
  const dist = join(folder, "dist");
  write(join(dist, "index.html"), "<p>home</p>");
  write(join(dist, "papers", "a", "index.html"), "<p>a</p>");
  const before = outputHash(dist);

  it("is undefined without an output folder", () => {
    expect(outputHash(join(folder, "no-dist"))).toBeUndefined();
  });

  it("changes when a file is removed, added or changes size", () => {
    rmSync(join(dist, "papers", "a", "index.html"));
    expect(outputHash(dist)).not.toBe(before);
    write(join(dist, "papers", "a", "index.html"), "<p>a, longer</p>");
    expect(outputHash(dist)).not.toBe(before);
    write(join(dist, "papers", "a", "index.html"), "<p>a</p>");
    expect(outputHash(dist)).toBe(before);
    write(join(dist, "extra.html"), "");
    expect(outputHash(dist)).not.toBe(before);
  });
});

describe("the last build's record", () => {
  it("reads back what was written, and nothing from a missing or damaged file", async () => {
    const file = join(folder, "cache", "last-build.json");
    expect(await readLastBuild(file)).toBeUndefined();
    const record = {
      inputs: "i",
      files: {
        "/archive/content/papers/a.md": [9, 1_700_000_000_000.5, "h"] as [number, number, string],
      },
      hashedAt: 1_700_000_010_000,
      output: "o",
      warnings: ["1 warning:", "a.md: …"],
    };
    await writeLastBuild(file, record);
    expect(await readLastBuild(file)).toEqual(record);
    writeFileSync(file, '{"inputs": "i"');
    expect(await readLastBuild(file)).toBeUndefined();
  });
});

describe("finishing the last build's record", () => {
  it("makes the pending record the last build's, with the output, once the build succeeded", async () => {
    const files = {
      pending: join(folder, "finish", "last-build.pending.json"),
      record: join(folder, "finish", "last-build.json"),
    };
    await finishLastBuild(files, "o");
    expect(await readLastBuild(files.record)).toBeUndefined();
    const pending = { inputs: "i", files: {}, hashedAt: 1, output: "", warnings: ["w"] };
    await writeLastBuild(files.pending, pending);
    await finishLastBuild(files, "o");
    expect(await readLastBuild(files.record)).toEqual({ ...pending, output: "o" });
    expect(await readLastBuild(files.pending)).toBeUndefined();
  });
});
