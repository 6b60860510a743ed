import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  type BuildInputs,
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
  const before = inputsHash(inputs);

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
    expect(inputsHash(inputs)).not.toBe(before);
    if (old === undefined) rmSync(path);
    else write(path, old);
    expect(inputsHash(inputs)).toBe(before);
  });

  it("changes with a setting, and ignores hidden files (the split's lock, temporary files)", () => {
    expect(inputsHash({ ...inputs, settings: { basePath: "/archive/" } })).not.toBe(before);
    write(join(archiveRoot, "content", "papers", ".lock"), "pid");
    expect(inputsHash(inputs)).toBe(before);
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
    const record = { inputs: "i", output: "o", warnings: ["1 warning:", "a.md: …"] };
    await writeLastBuild(file, record);
    expect(await readLastBuild(file)).toEqual(record);
    writeFileSync(file, '{"inputs": "i"');
    expect(await readLastBuild(file)).toBeUndefined();
  });
});
