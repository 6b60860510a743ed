import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { contentReady } from "../../../src/build/content-gate.ts";

const folder = mkdtempSync(join(tmpdir(), "content-gate-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("contentReady", () => {
  it("waits until the split says it is done, by creating the gate file", async () => {
    const gate = join(folder, "split-done");
    let ready = false;
    const waiting = contentReady(gate).then(() => {
      ready = true;
    });
    await setTimeout(200);
    expect(ready).toBe(false);
    writeFileSync(gate, "");
    await waiting;
    expect(ready).toBe(true);
  });

  it("does not wait without ARCHIVE_CONTENT_GATE (astro build, astro dev)", async () => {
    await expect(contentReady(undefined)).resolves.toBeUndefined();
  });
});
