/** The build refuses broken content with a message a person can act on; preview serves like Pages. */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../support/archive.ts";

describe("a paper file broken by hand", () => {
  it("fails the build, naming the file, line and key", () => {
    const { status, output } = inject("brokenBuild");
    expect(status).not.toBe(0);
    expect(output).toContain(
      "content/papers/yes.md:4: dates: Invalid input: expected array, received string",
    );
    expect(output).toContain('see README.md, "Edit a paper"');
  });
});

describe("npm run preview", () => {
  it("serves dist/ under BASE_PATH as GitHub Pages would, with 404.html for unknown paths", async () => {
    const { project } = inject("sites");
    const port = 4500 + Math.floor(Math.random() * 400);
    const child = spawn(
      process.execPath,
      [join(PROJECT_ROOT, "scripts", "preview.ts"), "--port", String(port), "--dir", project.dist],
      { cwd: PROJECT_ROOT, env: { ...process.env, BASE_PATH: project.base } },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          if (chunk.toString().includes("Serving")) resolve();
        });
        child.on("exit", (code) => reject(new Error(`preview exited with ${code}`)));
      });
      const base = `http://127.0.0.1:${port}`;
      const home = await fetch(`${base}/my-archive/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain("<h1>Paper archive</h1>");
      const paper = await fetch(`${base}/my-archive/papers/yes`, { redirect: "manual" });
      expect([paper.status, paper.headers.get("location")]).toEqual([
        301,
        "/my-archive/papers/yes/",
      ]);
      const missing = await fetch(`${base}/my-archive/no-such-page/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain("<h1>Page not found</h1>");
      expect((await fetch(`${base}/papers/yes/`)).status).toBe(404);
    } finally {
      child.kill();
    }
  });
});
