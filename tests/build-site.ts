/** Builds an archive's site with the real split, Astro build and Pagefind, as npm run build does. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "./helpers.ts";

export interface SiteBuild {
  /** The archive folder that was built (content/ inside). */
  root: string;
  /** The built site. */
  dist: string;
  /** The base path it was built for, e.g. "/" or "/my-archive/". */
  base: string;
  site: string;
}

function run(args: string[], env: Record<string, string>): void {
  const result = spawnSync(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(
      `${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** Splits the archive at `root` and builds its site into `dist` under `base`. */
export function buildSite(
  root: string,
  dist: string,
  base = "/",
  site = "https://example.org",
): SiteBuild {
  run([join(PROJECT_ROOT, "scripts", "split.ts"), "--root", root], {});
  run([join(PROJECT_ROOT, "node_modules", "astro", "bin", "astro.mjs"), "build"], {
    ARCHIVE_ROOT: root,
    ARCHIVE_OUT_DIR: dist,
    BASE_PATH: base,
    SITE_URL: site,
  });
  return { root, dist, base, site };
}
