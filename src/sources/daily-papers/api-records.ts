/**
 * The Daily Papers API's records as this program handles them: opaque JSON kept exactly as the
 * API sent it. Only `paper.id` (the arXiv id) is relied on, to join pages and to compare a day
 * with what is stored; the full shape is checked where records are read for the split.
 */
import { jsonType } from "./record.ts";

export type ApiRecord = { paper: { id: string } & Record<string, unknown> } & Record<
  string,
  unknown
>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The records in a parsed JSON value, or what is wrong with it in words ("record 3 has no paper.id"). */
export function checkRecords(value: unknown): { records: ApiRecord[] } | { problem: string } {
  if (!Array.isArray(value)) return { problem: `it is ${jsonType(value)}, not a list of records` };
  for (const [index, record] of value.entries()) {
    const which = `record ${index + 1}`;
    if (!isObject(record)) return { problem: `${which} is ${jsonType(record)}, not an object` };
    const paper = record["paper"];
    if (!isObject(paper)) return { problem: `${which} has no \`paper\` object` };
    const id = paper["id"];
    if (typeof id !== "string" || id.trim() === "") {
      return { problem: `${which} has no \`paper.id\` (the arXiv id)` };
    }
  }
  return { records: value as ApiRecord[] };
}

export function paperIds(records: readonly ApiRecord[]): string[] {
  return records.map((record) => record.paper.id);
}

/** Records joined in order, each paper once: a paper that shows up again (on a later page) is dropped. */
export function uniqueByPaper(records: readonly ApiRecord[]): ApiRecord[] {
  const seen = new Set<string>();
  return records.filter((record) => {
    if (seen.has(record.paper.id)) return false;
    seen.add(record.paper.id);
    return true;
  });
}
