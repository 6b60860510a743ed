/**
 * Astro 7 renders a static site from a server bundle it writes to `<outDir>/.prerender/` (or
 * `.astro/.prerender/` when the output folder is outside the project) and removes that folder only
 * when every page rendered. This removes it when the build process exits, whether the build
 * succeeded or failed, so that a failed build leaves no `.prerender` folder to publish or commit.
 */
import { rmSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** Where Astro writes its prerender bundle for a static build (astro/dist/prerender/utils.js). */
export function prerenderFolder(outDir: string, cwd: string): string {
  const serverDir = outDir.startsWith(cwd) ? outDir : join(cwd, ".astro");
  return join(serverDir, ".prerender") + sep;
}

export function prerenderFolderCleanup(): AstroIntegration {
  let folder = "";
  return {
    name: "paper-archive:prerender-folder",
    hooks: {
      "astro:config:done": ({ config }) => {
        folder = prerenderFolder(fileURLToPath(config.outDir), process.cwd());
      },
      // An exit handler runs on every exit (an error, process.exit) but a signal's.
      "astro:build:start": () => {
        process.once("exit", () => rmSync(folder, { recursive: true, force: true }));
      },
    },
  };
}
