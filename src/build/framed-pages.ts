/**
 * Paper pages, most of the site, and the /arxiv/<id>/ pages are written by this integration
 * rather than by Astro's page renderer: Astro renders one page of each route as its frame
 * (src/html/page-frame.ts), and every page is that frame filled with its parts (src/html/).
 * Astro spent ~2.5 ms a page on its own per-page work (request, response, rendering, writing the
 * page twice for its incremental build); filling the frame costs a fifth of that, the page's data
 * included (docs/design.md, "Build speed").
 *
 * Rebuilds write only what changed: a page is kept when the last build wrote it from the same
 * frame with the same key (a digest of everything it shows) and it is still in the output folder.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { FRAME_SEGMENT, pageFrame } from "../html/page-frame.ts";
import { takeFramedPages, wantFramedPages } from "./framed-pages-handoff.ts";

/** What the last build wrote: each route's frame digest, and each page's key by pathname. */
interface Written {
  frames: Record<string, string>;
  pages: Record<string, string>;
}

const RECORD_FILE = "framed-pages.json";

function readRecord(file: string): Written {
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as Partial<Written>;
    if (typeof record.frames === "object" && typeof record.pages === "object") {
      return record as Written;
    }
  } catch {
    // No record (a clean build) or an unreadable one: every page is written.
  }
  return { frames: {}, pages: {} };
}

/** Whether a page URL is a frame (rendered by Astro, removed once used): not a page of the site. */
export function isFrame(pageUrl: string): boolean {
  return new URL(pageUrl).pathname.endsWith(`/${FRAME_SEGMENT}/`);
}

export interface FramedPagesIntegration extends AstroIntegration {
  /** The pathnames of the pages this build wrote or kept, once it has run. */
  pathnames(): string[];
}

export function framedPages(): FramedPagesIntegration {
  let cacheDir = "";
  let pathnames: string[] = [];
  return {
    name: "paper-archive:framed-pages",
    pathnames: () => pathnames,
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      "astro:build:start": () => {
        wantFramedPages();
      },
      "astro:build:done": ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const routes = takeFramedPages();
        if (!routes?.size)
          throw new Error("The pages' bundle offered no pages to write from a frame.");
        const recordFile = join(cacheDir, RECORD_FILE);
        const last = readRecord(recordFile);
        const record: Written = { frames: {}, pages: {} };
        pathnames = [];
        let written = 0;
        for (const [route, offered] of routes) {
          const frameFile = join(outDir, offered.frame, "index.html");
          const frameHtml = readFileSync(frameFile, "utf8");
          rmSync(dirname(frameFile), { recursive: true });
          // A route with no page but its frame (an archive without arXiv ids) leaves no folder.
          if (readdirSync(join(outDir, offered.frame, "..")).length === 0) {
            rmdirSync(join(outDir, offered.frame, ".."));
          }
          const fill = pageFrame(frameHtml, offered.holes);
          const frame = createHash("sha256").update(frameHtml).digest("base64url");
          record.frames[route] = frame;
          const sameFrame = last.frames[route] === frame;
          for (const page of offered.pages()) {
            const file = join(outDir, page.pathname, "index.html");
            pathnames.push(page.pathname);
            record.pages[page.pathname] = page.key;
            if (sameFrame && last.pages[page.pathname] === page.key && existsSync(file)) continue;
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, fill(page.parts()));
            written++;
          }
        }
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(recordFile, JSON.stringify(record));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${written} paper and arXiv pages written from their frames, ${pathnames.length - written} unchanged, in ${seconds} s`,
        );
      },
    },
  };
}
