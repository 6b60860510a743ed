import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeStaleFiles } from "../../src/lib/stale-files.ts";

let root: string;
const since = Date.now();
const past = new Date(since - 60_000);

async function file(path: string, old: boolean): Promise<string> {
  const full = join(root, path);
  await mkdir(join(full, ".."), { recursive: true });
  await writeFile(full, path);
  if (old) await utimes(full, past, past);
  return full;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "stale-files-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("removeStaleFiles", () => {
  it("keeps files written since the build started and old files the build reused", async () => {
    const reused = await file("papers/kept/index.html", true);
    await file("papers/new/index.html", false);
    await file("_astro/site.css", false);
    await file("papers/gone/index.html", true);
    await file("papers/gone.bib", true);
    await file("pagefind/old.pf_meta", true);

    const removed = await removeStaleFiles(root, new Set([reused]), since);

    expect(removed).toEqual(["pagefind/old.pf_meta", "papers/gone.bib", "papers/gone/index.html"]);
    expect((await readdir(root)).sort()).toEqual(["_astro", "papers"]);
    expect((await readdir(join(root, "papers"))).sort()).toEqual(["kept", "new"]);
  });

  it("removes nothing from a folder this build wrote", async () => {
    await file("index.html", false);
    expect(await removeStaleFiles(root, new Set(), since)).toEqual([]);
    expect(await readdir(root)).toEqual(["index.html"]);
  });
});
