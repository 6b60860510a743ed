import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeStaleFiles, snapshotFiles } from "../../../src/build/stale-files.ts";

let root: string;

async function file(path: string, text = path): Promise<string> {
  const full = join(root, path);
  await mkdir(join(full, ".."), { recursive: true });
  await writeFile(full, text);
  return full;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "stale-files-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("removeStaleFiles", () => {
  it("removes what was there before, untouched and not reused; keeps what the build wrote", async () => {
    const reused = await file("papers/kept/index.html");
    await file("papers/gone/index.html");
    await file("papers/gone.bib");
    await file("_astro/site.css");
    await file("pagefind/old.pf_meta");
    const skip = new Set([join(root, "pagefind")]);
    const before = snapshotFiles(root, skip);
    expect(before.size).toBe(4);

    // The build: writes a new page, writes the stylesheet again, reuses one page.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await file("papers/new/index.html");
    await file("_astro/site.css", "changed");
    const removed = await removeStaleFiles(root, before, new Set([reused]));

    expect(removed).toEqual(["papers/gone.bib", "papers/gone/index.html"]);
    expect((await readdir(root)).sort()).toEqual(["_astro", "pagefind", "papers"]);
    expect((await readdir(join(root, "papers"))).sort()).toEqual(["kept", "new"]);
  });

  it("removes nothing from a folder the build wrote from scratch", async () => {
    const before = snapshotFiles(join(root, "missing"));
    await file("index.html");
    expect(await removeStaleFiles(root, before, new Set())).toEqual([]);
    expect(await readdir(root)).toEqual(["index.html"]);
  });
});

describe("snapshotFiles", () => {
  it("lists files at any depth with their times, leaving skipped folders out", async () => {
    const page = await file("papers/a/index.html");
    await file("pagefind/x.pf_meta");
    const files = snapshotFiles(root, new Set([join(root, "pagefind")]));
    expect([...files.keys()]).toEqual([page]);
    expect(files.get(page)).toBeGreaterThan(0);
  });

  it("removes the folders it empties, never the root", async () => {
    await file("a/b/old.txt");
    const kept = await file("a/kept.txt");
    const before = snapshotFiles(root);
    expect(await removeStaleFiles(root, before, new Set([kept]))).toEqual(["a/b/old.txt"]);
    expect(await readdir(join(root, "a"))).toEqual(["kept.txt"]);
    expect(await removeStaleFiles(root, snapshotFiles(root), new Set())).toEqual(["a/kept.txt"]);
    expect(await readdir(root)).toEqual([]);
  });
});
