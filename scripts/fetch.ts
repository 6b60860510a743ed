/** npm run fetch: store days of the Hugging Face Daily Papers API as content/digests/<date>.json. */
import { archiveAt } from "../src/cli/archive-root.ts";
import { parseCommandArgs, runCommand, UsageError } from "../src/cli/command.ts";
import { utcToday } from "../src/content/dates.ts";
import { ENV } from "../src/env.ts";
import {
  fetchDays,
  formatFetchSummary,
  planFetch,
} from "../src/sources/daily-papers/fetch-days.ts";
import { formatWarnings } from "../src/split/report.ts";

const USAGE = `Usage: npm run fetch [-- --date YYYY-MM-DD]
       npm run fetch -- --from YYYY-MM-DD [--to YYYY-MM-DD] [--pause <seconds>]
       (each also takes --root <project folder>)

Asks the Daily Papers API (DAILY_PAPERS_API, default https://huggingface.co) for the papers of a
day (today in UTC unless --date) or of every day from --from to --to (default today), one second
apart unless --pause says otherwise, and stores each day as content/digests/<date>.json.
A stored day is replaced only when no stored paper would be lost; run npm run split afterwards.`;

await runCommand(async () => {
  const { values } = parseCommandArgs(
    {
      options: {
        date: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        pause: { type: "string" },
        root: { type: "string", default: "." },
        help: { type: "boolean" },
      },
    },
    USAGE,
  );
  if (values.help) return console.log(USAGE);
  const plan = planFetch(values, utcToday());
  if ("problem" in plan) throw new UsageError(`${plan.problem}\n\n${USAGE}`);

  const paths = await archiveAt(values.root);
  const days = await fetchDays(paths, plan.dates, {
    pauseMs: plan.pauseMs,
    client: { origin: ENV.dailyPapersApi, onRetry: (notice) => console.error(notice) },
    onDay: (line) => console.log(line),
  });
  for (const line of formatFetchSummary(days)) console.log(line);
  const warnings = days.flatMap((day) => (day.warning ? [day.warning] : []));
  for (const line of formatWarnings(warnings)) console.log(line);
});
