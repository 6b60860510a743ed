/** What a built site publishes, by kind of file: the bytes GitHub Pages would host. */
import { readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";

export interface DistSize {
  files: number;
  bytes: number;
  byKind: Record<
    "html" | "search index" | "feeds and sitemaps" | "other",
    { files: number; bytes: number }
  >;
}

function kindOf(path: string): keyof DistSize["byKind"] {
  if (path.startsWith("pagefind/")) return "search index";
  if (path.endsWith(".html")) return "html";
  if (path.endsWith(".xml")) return "feeds and sitemaps";
  return "other";
}

export async function distSize(dist: string): Promise<DistSize> {
  const size: DistSize = {
    files: 0,
    bytes: 0,
    byKind: {
      html: { files: 0, bytes: 0 },
      "search index": { files: 0, bytes: 0 },
      "feeds and sitemaps": { files: 0, bytes: 0 },
      other: { files: 0, bytes: 0 },
    },
  };
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(path);
        continue;
      }
      const bytes = (await stat(path)).size;
      const kind = size.byKind[kindOf(relative(dist, path))];
      size.files++;
      size.bytes += bytes;
      kind.files++;
      kind.bytes += bytes;
    }
  };
  await walk(dist);
  return size;
}
