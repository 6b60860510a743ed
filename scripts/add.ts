/** npm run add -- <file>: store a pasted digest under content/digests/<date>.txt. */
import { readFile, realpath, rm } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { buffer } from "node:stream/consumers";
import { archiveAt } from "../src/cli/archive-root.ts";
import { parseCommandArgs, runCommand, UsageError } from "../src/cli/command.ts";
import { plural } from "../src/cli/plural.ts";
import { latestDigestDate, localToday } from "../src/content/dates.ts";
import { InputError } from "../src/content/problem.ts";
import { readErrorReason } from "../src/content/read-errors.ts";
import { ENV } from "../src/env.ts";
import { addDigest } from "../src/sources/add-paste.ts";
import { formatWarnings } from "../src/split/report.ts";

const USAGE = `Usage: npm run add -- <pasted-file | -> [--date YYYY-MM-DD] [--root <project folder>]

Checks a pasted digest and stores it as content/digests/<date>.txt. Use - to read it from stdin.
The date comes from --date, else a date line with a year ("July 30, 2025"), else a file name
that starts with the date (2025-07-30 digest.txt), else a date line without one ("Jul 30": the
most recent Jul 30 that is not in the future).`;

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

  const paths = await archiveAt(values.root);
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
        message: `cannot read it: ${readErrorReason(error)}`,
        fix: "check the path; it is relative to the folder you ran npm in",
      },
    ]);
  }

  const result = await addDigest(
    paths,
    bytes,
    { file: display, name: input === "-" ? "" : basename(path), argument: input },
    {
      ...(values.date === undefined ? {} : { date: values.date }),
      today: localToday(),
      latest: latestDigestDate(),
    },
  );
  console.log(`Date ${result.date}: ${result.reason}.`);
  if (result.alreadyThere) {
    console.log(`${result.stored} already holds this digest; nothing was written.`);
  } else {
    console.log(`Stored ${plural(result.papers, "paper")} as ${result.stored}.`);
  }
  // A digest the split could not date, added from the digests folder itself, moves to its name.
  const storedPath = await realpath(join(paths.root, result.stored));
  if (
    path !== "-" &&
    (await realpath(dirname(path))) === (await realpath(paths.digests)) &&
    (await realpath(path)) !== storedPath
  ) {
    await rm(path);
    console.log(`Removed ${display}: ${result.stored} holds it now.`);
  }
  if (!result.alreadyThere) {
    const them = result.papers === 1 ? "it" : "them";
    console.log(`Next: npm run split (or npm run build) to add ${them} to the archive.`);
  }
  for (const line of formatWarnings(result.warnings)) console.log(line);
});
