/**
 * A second thread that renders pages (src/build/parallel-render.ts starts it). It loads the same
 * prerender bundle as Astro's main thread, computes every route's static paths at once (so that
 * its first pages do not wait for them), and then renders the pages it is sent, as Astro's own
 * prerenderer does.
 *
 * Astro's build app needs two things from the build that made the bundle: each page's
 * stylesheets (from the page data) and the scripts integrations inject. They arrive as
 * `workerData` and as the first message.
 */
import { parentPort, workerData } from "node:worker_threads";
import { StaticPaths } from "astro/runtime/prerender/static-paths.js";

/** What the worker is started with. */
export interface RenderWorkerData {
  /** The prerender bundle's entry module, as a file URL. */
  entry: string;
  /** Each page's stylesheets, by Astro's page key. */
  pageStyles: [string, { styles: unknown[] }][];
}

/** The first message: the scripts integrations inject into pages. */
export interface RenderWorkerSetup {
  scripts: unknown[];
}

/** A page to render: its URL and its route, as Astro's route data names it. */
export interface RenderTask {
  id: number;
  url: string;
  route: string;
  component: string;
}

/** Sent once the bundle is loaded and its static paths computed; then one reply per task. */
export type RenderWorkerMessage =
  | { ready: true }
  | { id: number; status: number; headers: [string, string][]; body: ArrayBuffer | null }
  | { id: number; error: string };

/** What this module uses of Astro's build app (not a public type). */
interface BuildApp {
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
  render(request: Request, options: { routeData: RouteData }): Promise<Response>;
}
interface RouteData {
  route: string;
  component: string;
}

const port = parentPort;
if (!port) throw new Error("render-worker.ts runs as a worker thread");
const data = workerData as RenderWorkerData;
const { app } = (await import(data.entry)) as { app: BuildApp };

const routes = new Map<string, RouteData>();
const routeKey = (route: string, component: string) => `${route}\n${component}`;
for (const { route } of (await new StaticPaths(app as never).getAll()) as { route: RouteData }[]) {
  routes.set(routeKey(route.route, route.component), route);
}
port.postMessage({ ready: true } satisfies RenderWorkerMessage);

let setUp = false;
port.on("message", async (message: RenderWorkerSetup | RenderTask) => {
  if (!setUp) {
    setUp = true;
    app.setInternals({
      pagesByKeys: new Map(data.pageStyles),
      entrySpecifierToBundleMap: new Map(),
    });
    // Warnings and errors go to the build's log; Astro's own messages for a failed page say more.
    const destination = {
      write(event: { level: string; message: string }) {
        if (event.level === "warn" || event.level === "error") console.error(event.message);
        return true;
      },
    };
    app.setOptions({
      settings: { scripts: (message as RenderWorkerSetup).scripts },
      logger: { options: { destination } },
    });
    return;
  }
  const task = message as RenderTask;
  try {
    const routeData = routes.get(routeKey(task.route, task.component));
    if (!routeData) throw new Error(`no route ${task.route} in the prerender bundle`);
    const response = await app.render(new Request(task.url), { routeData });
    const body = response.body === null ? null : await response.arrayBuffer();
    const reply: RenderWorkerMessage = {
      id: task.id,
      status: response.status,
      headers: [...response.headers],
      body,
    };
    port.postMessage(reply, body ? [body] : []);
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    port.postMessage({ id: task.id, error: text } satisfies RenderWorkerMessage);
  }
});
