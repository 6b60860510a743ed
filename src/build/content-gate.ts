/**
 * `npm run build` starts Astro while its split is still running (src/cli/build-command.ts): Astro's
 * start-up (its config, the build of the pages' bundle) reads no content, so it overlaps the split
 * instead of following it. What reads the archive waits here until the split is done, which the
 * build command says by creating the file `ARCHIVE_CONTENT_GATE` names. Without that setting
 * (`astro build`, `astro dev`) there is nothing to wait for.
 */
import { existsSync } from "node:fs";
import { setTimeout } from "node:timers/promises";
import { ENV } from "../env.ts";

/** How often to look for the file: a small fraction of a split, which takes seconds. */
const LOOK_EVERY_MS = 20;

export async function contentReady(gate = ENV.contentGate): Promise<void> {
  if (gate === undefined) return;
  while (!existsSync(gate)) await setTimeout(LOOK_EVERY_MS);
}
