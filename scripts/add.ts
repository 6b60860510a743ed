/** npm run add -- <file>: store a pasted digest under content/digests/<date>.txt. */
import { readFile } from "node:fs/promises";
import { basename, relative, resolve } from "node:path";
import { buffer } from "node:stream/consumers";
import { parseCommandArgs, runCommand, UsageError } from "../src/cli/command.ts";
import { plural } from "../src/cli/plural.ts";
import { archivePaths } from "../src/content/archive-files.ts";
import { localToday } from "../src/content/dates.ts";
import { InputError } from "../src/content/problem.ts";
import { ENV } from "../src/env.ts";
import { addDigest } from "../src/sources/add-paste.ts";
import { formatWarnings } from "../src/split/report.ts";

const USAGE = `Usage: npm run add -- <pasted-file | -> [--date YYYY-MM-DD]

Checks a pasted digest and stores it as content/digests/<date>.txt.
The date comes from --date, else from the paste's date line ("Jul 30" means the most recent
Jul 30 that is not in the future), else from the file's name. Use - to read the paste from stdin.`;

await runCommand(async () => {
  const { values, positionals } = parseCommandArgs(
    {
      allowPositionals: true,
      options: {
        date: { type: "string" },
        root: { type: "string", default: "." },
        help: { type: "boolean" },
      },
    },
    USAGE,
  );
  if (values.help) return console.log(USAGE);
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0) throw new UsageError(USAGE);

  // npm runs scripts from the project folder; a relative path means where the person typed it.
  const cwd = ENV.invocationDir;
  const path = input === "-" ? "-" : resolve(cwd, input);
  const display = input === "-" ? "<stdin>" : relative(cwd, path) || input;
  let bytes: Uint8Array;
  try {
    bytes = path === "-" ? await buffer(process.stdin) : await readFile(path);
  } catch (error) {
    throw new InputError([
      {
        file: display,
        message: `cannot read it: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        fix: "check the path; it is relative to the folder you ran npm in",
      },
    ]);
  }

  const result = await addDigest(
    archivePaths(resolve(values.root)),
    bytes,
    { file: display, name: input === "-" ? "" : basename(path) },
    { ...(values.date === undefined ? {} : { date: values.date }), today: localToday() },
  );
  console.log(`Date ${result.date}: ${result.reason}.`);
  if (result.alreadyThere) {
    console.log(`${result.stored} already holds this digest; nothing was written.`);
  } else {
    console.log(`Stored ${plural(result.papers, "paper")} as ${result.stored}.`);
    console.log("Next: npm run split (or npm run build) to add them to the archive.");
  }
  for (const line of formatWarnings(result.warnings)) console.log(line);
});
