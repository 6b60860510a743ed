/**
 * Serves a built site the way GitHub Pages does: under a base path, `dir/` as `dir/index.html`,
 * `dir` redirected to `dir/`, and the site's own 404.html (with status 404) for anything else.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { normalizeBasePath } from "../site/paths.ts";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".bib": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

export function createStaticServer(root: string, basePath = "/"): Server {
  const base = normalizeBasePath(basePath);
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = url.pathname;
    }
    const send = (status: number, file: string) => {
      response.writeHead(status, {
        "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      });
      if (request.method === "HEAD") response.end();
      else createReadStream(file).pipe(response);
    };
    const notFound = async () => {
      const page = join(root, "404.html");
      if (await isFile(page)) return send(404, page);
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
    };

    if (pathname === base.slice(0, -1) && base !== "/") {
      response.writeHead(301, { location: `${base}${url.search}` }).end();
      return;
    }
    if (!pathname.startsWith(base)) return notFound();
    const relativePath = normalize(pathname.slice(base.length));
    if (relativePath.startsWith("..") || relativePath.includes(`${sep}..${sep}`)) return notFound();
    const target = join(root, relativePath);

    if (pathname.endsWith("/")) {
      const index = join(target, "index.html");
      return (await isFile(index)) ? send(200, index) : notFound();
    }
    if (await isFile(target)) return send(200, target);
    if (await isDirectory(target)) {
      response.writeHead(301, { location: `${pathname}/${url.search}` }).end();
      return;
    }
    return notFound();
  });
}

/** Starts listening; fails with the system's error (EADDRINUSE, EACCES, …) instead of throwing it later. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    const failed = (error: Error) => fail(error);
    server.once("error", failed);
    server.listen(port, host, () => {
      server.off("error", failed);
      done();
    });
  });
}

export interface ServedSite {
  /** Origin and base path, ending in "/". */
  url: string;
  close: () => Promise<void>;
}

/** Serves a built site under its base path on a free port of this machine (browser runs). */
export async function serveLocally(root: string, basePath = "/"): Promise<ServedSite> {
  const base = normalizeBasePath(basePath);
  const server = createStaticServer(root, base);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
