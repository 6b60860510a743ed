/**
 * Renders pages on two cores. Astro renders every page in its main thread, one core of two; this
 * integration wraps Astro's prerenderer so that a worker thread (render-worker.ts), which loads
 * the same prerender bundle, renders most pages while the main thread writes them and renders the
 * rest. The output is the same either way: a page is rendered from the same bundle and props.
 *
 * The worker starts as soon as the bundle exists and the split is done (content-gate.ts), and
 * computes its static paths while the main thread computes its own, so it is ready when rendering
 * starts. Rendering waits for it.
 *
 * Only a clean build (no pages in the output folder) starts one. A build over an earlier output
 * renders a few pages and reuses the rest, and a worker loading the archive beside it made it
 * slower, even when started at its first page to render and never waited for (10,000 papers, one
 * more day: 32.0 s against 29.3 s, two runs each): the second core is busy with the main
 * thread's writes. Large archives render in one thread (render-threads.ts), for memory.
 *
 * Astro's prerenderer API is public; what the worker sets on Astro's build app (render-worker.ts)
 * and the app this reads the injected scripts from are not. If they change, the tests that
 * compare a site rendered in one thread with one rendered in two fail.
 */
import { existsSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { AstroIntegration, AstroPrerenderer } from "astro";
import { contentReady } from "./content-gate.ts";
import { prerenderFolder } from "./prerender-folder.ts";
import { renderThreads } from "./render-threads.ts";
import type {
  RenderTask,
  RenderWorkerData,
  RenderWorkerMessage,
  RenderWorkerSetup,
} from "./render-worker.ts";

/**
 * Pages in the worker at once. With Astro's concurrency of 8, the main thread keeps the rest; it
 * also writes every page, so it renders the fewer (10,000 papers: ~9,600 of 10,843 in the worker).
 */
const WORKER_PAGES_IN_FLIGHT = 6;

/** Astro's page data, of which the worker needs the stylesheets. */
type PageStyles = Map<string, { styles: unknown[] }>;

/**
 * The incremental build's metadata of a page rendered in the worker. Astro keeps a page in its
 * cache only with metadata; ours read no content collection entries and no images.
 */
const NO_METADATA = { contentEntryKeys: [], staticImages: [] };

export interface ParallelRenderOptions {
  /** RENDER_THREADS, or undefined: decided by the machine's cores and the archive's size. */
  threads: number | undefined;
  /** The archive's paper files' folder, counted for that decision. */
  papersFolder: string;
}

export function parallelRender(options: ParallelRenderOptions): AstroIntegration {
  let outDir = "";
  let pages: PageStyles = new Map();
  return {
    name: "paper-archive:parallel-render",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Astro's page data, stylesheets filled in by the time Astro calls the prerenderer factory
      // of build:start below.
      "astro:build:setup": ({ pages: built }) => {
        pages = built as PageStyles;
      },
      "astro:build:start": ({ setPrerenderer, logger }) => {
        // A build over an earlier output renders in one thread (see above).
        if (existsSync(join(outDir, "index.html"))) return;
        const folder = prerenderFolder(outDir, process.cwd());
        setPrerenderer((local) =>
          withWorker(local, folder, pages, {
            // Counted once the split is done: a first build may be splitting the papers now.
            threads: async () => {
              await contentReady();
              const papers = existsSync(options.papersFolder)
                ? readdirSync(options.papersFolder).filter((name) => name.endsWith(".md")).length
                : 0;
              const decided = renderThreads(options.threads, availableParallelism(), papers);
              if (decided.reason) logger.info(`pages render in one thread: ${decided.reason}`);
              return decided.threads;
            },
            report: (inWorker, all) =>
              logger.info(`${inWorker} of ${all} pages rendered in a second thread`),
          }),
        );
      },
    },
  };
}

function startWorker(folder: string, pages: PageStyles): Worker | undefined {
  const entry = existsSync(folder)
    ? readdirSync(folder).find((name) => name.startsWith("prerender-entry"))
    : undefined;
  if (!entry) return undefined;
  const workerData: RenderWorkerData = {
    entry: pathToFileURL(folder + entry).href,
    pageStyles: [...pages].map(([key, page]) => [key, { styles: page.styles }]),
  };
  return new Worker(new URL("./render-worker.ts", import.meta.url), { workerData });
}

/** A worker gone mid-build (out of memory, say): its pages are rendered in the main thread. */
class WorkerGone extends Error {}

function withWorker(
  local: AstroPrerenderer,
  folder: string,
  pages: PageStyles,
  options: {
    /** How many threads should render. */
    threads: () => Promise<number>;
    /** Says how many pages the worker rendered. */
    report: (inWorker: number, all: number) => void;
  },
): AstroPrerenderer {
  let worker: Worker | undefined;
  let ready: Promise<boolean> = Promise.resolve(false);
  const waiting = new Map<number, { resolve: (r: Response) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let rendered = 0;
  let renderedInWorker = 0;
  let twoThreads = false;

  const stop = (error: Error) => {
    worker = undefined;
    for (const task of waiting.values()) task.reject(new WorkerGone(error.message));
    waiting.clear();
  };

  /** Renders in the worker, or rejects with WorkerGone. */
  const inWorker = (
    sent: Worker,
    url: string,
    { route, component }: { route: string; component: string },
  ) =>
    new Promise<Response>((resolve, reject) => {
      const task: RenderTask = { id: nextId++, url, route, component };
      waiting.set(task.id, { resolve, reject });
      sent.postMessage(task);
    });

  return {
    name: "paper-archive:parallel-render",
    async setup() {
      twoThreads = (await options.threads()) >= 2;
      const started = twoThreads ? startWorker(folder, pages) : undefined;
      worker = started;
      if (started) {
        ready = new Promise((resolve) => {
          started.on("message", (message: RenderWorkerMessage) => {
            if ("ready" in message) return resolve(true);
            const task = waiting.get(message.id);
            if (!task) return;
            waiting.delete(message.id);
            if ("error" in message) task.reject(new Error(message.error));
            else {
              const { body, status, headers } = message;
              task.resolve(new Response(body, { status, headers }));
            }
          });
          // A worker that fails to start leaves the pages to the main thread, which reports
          // the same problem itself (broken content, say) if there is one.
          started.on("error", (error) => {
            resolve(false);
            stop(error);
          });
          started.on("exit", (code) => {
            resolve(false);
            stop(new Error(`the render worker exited with code ${code}`));
          });
        });
      }
      await local.setup?.();
      // The scripts integrations inject, from Astro's app; a script of every page would need a
      // bundle map the worker does not have, so such a build renders in one thread.
      const scripts: { stage: string }[] | undefined = (
        local as { app?: { getSettings?: () => { scripts: { stage: string }[] } } }
      ).app?.getSettings?.().scripts;
      if (!scripts || scripts.some((script) => script.stage === "page")) {
        ready = Promise.resolve(false);
        await worker?.terminate();
        return;
      }
      worker?.postMessage({ scripts } satisfies RenderWorkerSetup);
    },
    getStaticPaths: () => local.getStaticPaths(),
    async render(request, options) {
      rendered++;
      const sent = (await ready) ? worker : undefined;
      if (sent && waiting.size < WORKER_PAGES_IN_FLIGHT) {
        try {
          const response = await inWorker(sent, request.url, options.routeData);
          renderedInWorker++;
          return options.collectMetadata ? { response, metadata: NO_METADATA } : response;
        } catch (error) {
          if (!(error instanceof WorkerGone)) throw error;
        }
      }
      return local.render(request, options);
    },
    async teardown() {
      if (rendered > 0 && twoThreads) options.report(renderedInWorker, rendered);
      const stopping = worker;
      worker = undefined;
      await stopping?.terminate();
      await local.teardown?.();
    },
  };
}
