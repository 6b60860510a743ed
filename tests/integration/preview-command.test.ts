/** npm run preview's mistakes a person can make: a busy port, a bad port or host, no built site. */
import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScript, runScriptAsync } from "../support/cli.ts";

const STACK_FRAME = /\n\s+at /u;

describe("npm run preview", async () => {
  const site = await mkdtemp(join(tmpdir(), "preview-"));

  it("says a busy port is in use and how to pick another, exit 1", async () => {
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(0, "127.0.0.1", done));
    const { port } = busy.address() as { port: number };
    try {
      const run = await runScriptAsync("preview", ["--dir", site, "--port", String(port)]);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        `port ${port} is in use (another preview or server is running there); pass --port N for another port, for example --port ${port + 1}\n`,
      );
    } finally {
      busy.close();
    }
  });

  it.each([["abc"], ["0"], ["65536"], ["4321.5"], [""]])(
    "takes --port %j for a usage error, exit 2",
    (port) => {
      const run = runScript("preview", ["--dir", site, `--port=${port}`]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(
        `--port ${JSON.stringify(port)} is not a port: give a whole number from 1 to 65535, for example --port 4321`,
      );
      expect(run.stderr).toContain("Usage: npm run preview");
      expect(run.stderr).not.toMatch(STACK_FRAME);
    },
  );

  it("takes --port=-1 for a usage error, exit 2", () => {
    const run = runScript("preview", ["--dir", site, "--port=-1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--port "-1" is not a port');
  });

  it.each([
    ["not a host!", "is not an IP address or a host name"],
    ["nosuchhost.invalid", "is not an address of this machine"],
  ])("takes --host %j for a usage error, exit 2", async (host, message) => {
    const run = await runScriptAsync("preview", ["--dir", site, "--host", host, "--port", "4321"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--host `);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it("says there is no built site when --dir is missing or a file, exit 1", () => {
    for (const dir of [join(site, "nothing-here"), join(import.meta.filename)]) {
      const run = runScript("preview", ["--dir", dir]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${dir}: there is no built site\n  → run npm run build first`);
    }
  });
});
