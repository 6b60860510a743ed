/** Browser tests: a real Chromium on a built site served locally, and what they check on pages. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../../src/bench/chromium.ts";
import { type ServedSite, serveLocally } from "../../src/build/static-server.ts";
import { ENV } from "../../src/env.ts";
import { PROJECT_ROOT } from "./archive.ts";

/** Everything a page reports as going wrong: console errors and uncaught exceptions. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

/** A built site: its folder and the base path it was built for. */
export interface BuiltSite {
  dist: string;
  base: string;
}

export interface OpenedPage {
  page: Page;
  /** What the page reports as going wrong (`collectErrors`), from before it loads. */
  errors: string[];
}

export interface SiteInBrowser {
  /** The browser, for contexts of their own (permissions, JavaScript off). */
  readonly browser: Browser;
  /** The site's address: origin and base path, ending in "/". */
  readonly url: string;
  /** The absolute address of a path under the base path. */
  address: (path: string) => string;
  /** A new tab, collecting errors. */
  newPage: (options?: BrowserContextOptions) => Promise<OpenedPage>;
  /** A new tab at a path under the base path, collecting errors; `status` is the response's. */
  open: (
    path: string,
    options?: BrowserContextOptions,
  ) => Promise<OpenedPage & { status: number | undefined }>;
}

/**
 * Chromium and a built site served for the tests of the calling describe block (or file): the
 * hooks that start and stop both are registered here; the accessors work inside its tests.
 */
export function siteInBrowser(
  site: BuiltSite = { dist: join(PROJECT_ROOT, "dist"), base: "/" },
): SiteInBrowser {
  let browser: Browser | undefined;
  let served: ServedSite | undefined;
  beforeAll(async () => {
    if (!existsSync(join(site.dist, "index.html"))) {
      throw new Error(`${site.dist} has no built site: run npm run build first.`);
    }
    // Each is kept as soon as it starts, so that afterAll stops it even if the other fails.
    await Promise.all([
      launchChromium(ENV.chromePath).then((launched) => {
        browser = launched;
      }),
      serveLocally(site.dist, site.base).then((started) => {
        served = started;
      }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), served?.close()]);
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("siteInBrowser: only available inside its tests");
    return value;
  };
  const address = (path: string) => new URL(path, started(served).url).href;
  const newPage = async (options?: BrowserContextOptions): Promise<OpenedPage> => {
    const page = await started(browser).newPage(options);
    return { page, errors: collectErrors(page) };
  };
  return {
    get browser() {
      return started(browser);
    },
    get url() {
      return started(served).url;
    },
    address,
    newPage,
    async open(path, options) {
      const opened = await newPage(options);
      const response = await opened.page.goto(address(path));
      return { ...opened, status: response?.status() };
    },
  };
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
