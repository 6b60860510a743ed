/** The Nu HTML Checker (vnu-jar, as W3C's validator runs it), for built pages. */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

const VNU_JAR = String(createRequire(import.meta.url)("vnu-jar"));

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Runs the checker once over all files; returns its errors as readable lines, paths from `root`. */
export function htmlErrors(files: string[], root: string): string[] {
  const result = spawnSync(
    "java",
    ["-Xss4m", "-jar", VNU_JAR, "--format", "json", "--errors-only", ...files],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error) throw result.error;
  // vnu writes its JSON report to stderr.
  const report = JSON.parse(result.stderr) as { messages: VnuMessage[] };
  return report.messages
    .filter((message) => message.type === "error" || message.subType === "fatal")
    .map((message) => {
      const file = message.url?.startsWith("file:")
        ? relative(root, fileURLToPath(message.url))
        : message.url;
      return `${file}:${message.lastLine ?? "?"}: ${message.message}${message.extract ? ` [${message.extract.trim()}]` : ""}`;
    });
}
