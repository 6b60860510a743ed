/**
 * A build stopped by broken content says what to fix as the commands do (file, line, fix) and
 * exits 1, without the stack trace Astro would print for the error. `astro dev` gets the error
 * itself, so that a typo in a paper file does not end the dev server.
 *
 * The data module that loads the archive is bundled apart from astro.config.ts, so the
 * integration tells it that this process is a build through a global flag.
 */
import type { AstroIntegration } from "astro";
import { formatProblem, InputError } from "../content/problem.ts";

const BUILDING = Symbol.for("paper-archive.building");

type Flagged = { [BUILDING]?: true };

/** Marks this process as an `astro build`, for exitOnContentProblems. */
export function contentProblemsExit(): AstroIntegration {
  return {
    name: "paper-archive:content-problems",
    hooks: {
      "astro:build:start": () => {
        (globalThis as Flagged)[BUILDING] = true;
      },
    },
  };
}

/** The loaded value; in a build, broken content printed as problems and exit 1 instead. */
export async function exitOnContentProblems<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (!((globalThis as Flagged)[BUILDING] && error instanceof InputError)) throw error;
    const count = error.problems.length;
    console.error(`\n${count} problem${count === 1 ? "" : "s"} found; the site was not built.\n`);
    for (const problem of error.problems) console.error(`${formatProblem(problem)}\n`);
    process.exit(1);
  }
}
