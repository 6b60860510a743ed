/**
 * Paper pages, most of the site, are written by this integration rather than by Astro's page
 * renderer: Astro renders one paper page as the frame (src/html/page-frame.ts), and each paper's
 * page is that frame filled with its parts (src/html/paper-page.ts). Astro spent ~2.5 ms a page
 * on its own per-page work (request, response, rendering, writing the page twice for its
 * incremental build); filling the frame costs a tenth of that (docs/design.md, "Build speed").
 *
 * Rebuilds write only what changed: a page is kept when the last build wrote it from the same
 * frame with the same key (a digest of everything it shows) and it is still in the output folder.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { FRAME_SLUG, pageFrame } from "../html/page-frame.ts";
import { takePaperPages, wantPaperPages } from "./paper-pages-handoff.ts";

/** What the last build wrote: the frame's digest and each page's key, by pathname. */
interface WrittenPages {
  frame: string;
  pages: Record<string, string>;
}

const RECORD_FILE = "paper-pages.json";

/** The frame page Astro renders, as Astro names it (relative to the base path). */
export const FRAME_PATHNAME = `papers/${FRAME_SLUG}/`;

function readRecord(file: string): WrittenPages {
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as WrittenPages;
    if (typeof record.frame === "string" && typeof record.pages === "object") return record;
  } catch {
    // No record (a clean build) or an unreadable one: every page is written.
  }
  return { frame: "", pages: {} };
}

export interface PaperPagesIntegration extends AstroIntegration {
  /** The pathnames of the paper pages this build wrote or kept, once it has run. */
  pathnames(): string[];
  /** Their files, absolute. */
  files(): Set<string>;
}

export function paperPages(): PaperPagesIntegration {
  let cacheDir = "";
  let pathnames: string[] = [];
  let files = new Set<string>();
  return {
    name: "paper-archive:paper-pages",
    pathnames: () => pathnames,
    files: () => files,
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      "astro:build:start": () => {
        wantPaperPages();
      },
      "astro:build:done": ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const pages = takePaperPages();
        if (!pages) throw new Error("The pages' bundle offered no paper pages.");
        const frameFile = join(outDir, FRAME_PATHNAME, "index.html");
        const frameHtml = readFileSync(frameFile, "utf8");
        rmSync(dirname(frameFile), { recursive: true });
        const fill = pageFrame(frameHtml);
        const frame = createHash("sha256").update(frameHtml).digest("base64url");
        const recordFile = join(cacheDir, RECORD_FILE);
        const last = readRecord(recordFile);
        const record: WrittenPages = { frame, pages: {} };
        pathnames = [];
        files = new Set();
        let written = 0;
        for (const page of pages) {
          const file = join(outDir, page.pathname, "index.html");
          pathnames.push(page.pathname);
          files.add(file);
          record.pages[page.pathname] = page.key;
          const unchanged = last.frame === frame && last.pages[page.pathname] === page.key;
          if (unchanged && existsSync(file)) continue;
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, fill(page.parts()));
          written++;
        }
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(recordFile, JSON.stringify(record));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${written} paper pages written, ${pathnames.length - written} unchanged, in ${seconds} s`,
        );
      },
    },
  };
}
