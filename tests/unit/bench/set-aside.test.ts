import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setAside } from "../../../src/bench/set-aside.ts";

describe("setAside", () => {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "set-aside-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("moves folders out of the way at once, and deletes them only when emptied", async () => {
    const aside = setAside(join(dir, ".aside"));
    for (const run of ["1", "2"]) {
      await mkdir(join(dir, "site", "dist"), { recursive: true });
      await writeFile(join(dir, "site", "dist", "index.html"), `run ${run}`);
      await aside.move(join(dir, "site"));
      expect(existsSync(join(dir, "site"))).toBe(false);
    }
    const moved = await readdir(join(dir, ".aside"));
    expect(moved).toHaveLength(2);
    const texts = await Promise.all(
      moved.map((name) => readFile(join(dir, ".aside", name, "dist", "index.html"), "utf8")),
    );
    expect(texts.sort()).toEqual(["run 1", "run 2"]);
    await aside.empty();
    expect(await readdir(dir)).toEqual([]);
  });

  it("passes over a folder that is not there", async () => {
    const aside = setAside(join(dir, ".aside"));
    await aside.move(join(dir, "never-built"));
    await aside.empty();
    expect(await readdir(dir)).toEqual([]);
  });
});
