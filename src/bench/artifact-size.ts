/**
 * The size of what GitHub Pages' upload step sends: actions/upload-pages-artifact packs the site
 * as a tar (links dereferenced), uploaded compressed; GitHub checks its 1 GB limit on that.
 * Measured as the bytes of `tar | gzip` (level 6, as the upload uses), streamed, nothing written.
 */
import { spawn } from "node:child_process";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";

export async function compressedArtifactBytes(dist: string): Promise<number> {
  const tar = spawn("tar", ["--dereference", "--hard-dereference", "-cf", "-", "-C", dist, "."], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  tar.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((done, fail) => {
    tar.on("error", fail);
    tar.on("close", done);
  });
  let bytes = 0;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, next) {
      bytes += chunk.length;
      next();
    },
  });
  await pipeline(tar.stdout, createGzip({ level: 6 }), counter);
  const status = await exited;
  if (status !== 0) throw new Error(`tar of ${dist} failed (${status}): ${stderr}`);
  return bytes;
}
