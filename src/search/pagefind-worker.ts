/** The thread that builds the search index (src/search/pagefind.ts starts it). */
import { parentPort, workerData } from "node:worker_threads";
import { type Indexed, type IndexSite, indexRecords } from "./pagefind-index.ts";
import type { SearchRecord } from "./records.ts";

export interface IndexRequest {
  records: SearchRecord[];
  site: IndexSite;
}

export type IndexResponse = { indexed: Indexed } | { error: string };

const { records, site } = workerData as IndexRequest;
const response: IndexResponse = await indexRecords(records, site).then(
  (indexed) => ({ indexed }),
  (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
);
parentPort?.postMessage(response);
