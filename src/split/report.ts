/** The summary a command prints when it has finished. */
import { formatProblem, type Problem } from "../content/problem.ts";
import type { SplitReport } from "./run-split.ts";

/** Past this many, warnings are counted rather than listed. */
const WARNINGS_LISTED = 20;
const PAPERS_LISTED = 10;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

export function formatWarnings(warnings: readonly Problem[]): string[] {
  if (warnings.length === 0) return [];
  const lines = [`${plural(warnings.length, "warning")}:`];
  for (const warning of warnings.slice(0, WARNINGS_LISTED)) lines.push(formatProblem(warning));
  if (warnings.length > WARNINGS_LISTED) {
    lines.push(`… and ${plural(warnings.length - WARNINGS_LISTED, "more warning")}`);
  }
  return lines;
}

export function formatSplitReport(report: SplitReport): string {
  const lines: string[] = [];
  const { count, first, last } = report.digests;
  if (count > 0) {
    const span = first === last ? `${first}` : `${first} to ${last}`;
    lines.push(`Read ${plural(count, "digest")} (${span}): ${plural(report.listings, "listing")}.`);
  }
  lines.push(
    `Papers: ${report.created.toLocaleString("en")} new, ${report.updated.toLocaleString("en")} updated, ${report.unchanged.toLocaleString("en")} unchanged (${plural(report.papers.length, "paper")} in all).`,
  );
  if (report.enriched > 0) {
    lines.push(
      `Enriched with API data: ${plural(report.enriched, "existing paper")} (arXiv id, authors, links or summary added or changed).`,
    );
  }

  const counts = new Map(report.topics.map((topic) => [topic.id, 0]));
  const untopiced: string[] = [];
  for (const paper of report.papers) {
    if (paper.topics.length === 0) untopiced.push(paper.slug);
    for (const topic of paper.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const width = Math.max(...[...counts.keys()].map((id) => id.length), 0);
  lines.push("Topics:");
  for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    lines.push(`  ${id.padEnd(width)}  ${n.toLocaleString("en").padStart(7)}`);
  }
  if (untopiced.length > 0) {
    const shown = untopiced.sort().slice(0, PAPERS_LISTED).join(", ");
    const more =
      untopiced.length > PAPERS_LISTED ? `, … ${untopiced.length - PAPERS_LISTED} more` : "";
    lines.push(
      `No topic: ${plural(untopiced.length, "paper")} (${shown}${more}). Add phrases to content/topics/ and run: npm run topics`,
    );
  } else {
    lines.push("No topic: none.");
  }
  lines.push(...formatWarnings(report.warnings));
  return lines.join("\n");
}
