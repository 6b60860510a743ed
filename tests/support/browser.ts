/** A real Chromium (Debian's package) driven by playwright-core, and the built site served locally. */
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { createStaticServer } from "../../src/build/static-server.ts";
import { ENV } from "../../src/env.ts";
import { PROJECT_ROOT } from "./archive.ts";

export const CHROME_PATH = ENV.chromePath;

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`No Chromium at ${CHROME_PATH}: apt-get install chromium, or set CHROME_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROME_PATH,
    // This machine has no network: keep Chromium from trying to reach Google's services.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface ServedSite {
  url: string;
  close: () => Promise<void>;
}

/** Serves a built site (default: the project's dist/) under a base path on a free port. */
export async function serveSite(dir = join(PROJECT_ROOT, "dist"), base = "/"): Promise<ServedSite> {
  if (!existsSync(join(dir, "index.html"))) {
    throw new Error(`${dir} has no built site: run npm run build first.`);
  }
  const server = createStaticServer(dir, base);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Everything a page reports as going wrong: console errors and uncaught exceptions. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

export const AXE_PATH = join(PROJECT_ROOT, "node_modules", "axe-core", "axe.min.js");

/** axe-core's violations on the page as it is now, one readable line per violating element. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    // axe-core defines a global when its script runs; the page's own types do not know it.
    const axe = (globalThis as unknown as { axe: AxeGlobal }).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => ({
        target: node.target.join(" "),
        summary: node.failureSummary ?? "",
      })),
    }));
  });
  return violations.flatMap((violation) =>
    violation.targets.map(
      (node) => `${violation.id} (${violation.help}) at ${node.target}: ${node.summary}`,
    ),
  );
}

interface AxeGlobal {
  run: (context: Document) => Promise<{
    violations: {
      id: string;
      help: string;
      nodes: { target: string[]; failureSummary?: string }[];
    }[];
  }>;
}
