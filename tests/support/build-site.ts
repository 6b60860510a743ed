/** Builds an archive's site with the real split, Astro build and Pagefind, as npm run build does. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "./archive.ts";

export interface SiteBuild {
  /** The archive folder that was built (content/ inside). */
  root: string;
  /** The built site. */
  dist: string;
  /** The base path it was built for, e.g. "/" or "/my-archive/". */
  base: string;
  site: string;
  /** What the Astro build printed. */
  log: string;
}

function spawnNode(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
  });
}

function run(args: string[], env: Record<string, string>): string {
  const result = spawnNode(args, env);
  if (result.status !== 0) {
    throw new Error(
      `${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

const ASTRO = join(PROJECT_ROOT, "node_modules", "astro", "bin", "astro.mjs");

/** Runs only the Astro build of an archive, whatever its paper files hold: for builds that must fail. */
export function astroBuild(root: string, dist: string): { status: number | null; output: string } {
  const result = spawnNode([ASTRO, "build"], {
    ARCHIVE_ROOT: root,
    ARCHIVE_OUT_DIR: dist,
    ARCHIVE_CACHE_DIR: `${dist}.cache`,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Splits the archive at `root` and builds its site into `dist` under `base`. The incremental
 * build's cache is `<dist>.cache`: building into the same `dist` again reuses what it can.
 */
export function buildSite(
  root: string,
  dist: string,
  base = "/",
  site = "https://example.org",
  env: Record<string, string> = {},
): SiteBuild {
  run([join(PROJECT_ROOT, "scripts", "split.ts"), "--root", root], {});
  const log = run([ASTRO, "build"], {
    ARCHIVE_ROOT: root,
    ARCHIVE_OUT_DIR: dist,
    ARCHIVE_CACHE_DIR: `${dist}.cache`,
    BASE_PATH: base,
    SITE_URL: site,
    ...env,
  });
  return { root, dist, base, site, log };
}
