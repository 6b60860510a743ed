/** npm run preview: serve dist/ as GitHub Pages would, under BASE_PATH. */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { createStaticServer, listen } from "../src/build/static-server.ts";
import { FailedRun, parseCommandArgs, runCommand, UsageError } from "../src/cli/command.ts";
import { parseHost, parsePort } from "../src/cli/options.ts";
import { InputError } from "../src/content/problem.ts";
import { ENV } from "../src/env.ts";
import { normalizeBasePath } from "../src/site/paths.ts";

const USAGE = `Usage: npm run preview [-- --port 4321 --host 127.0.0.1 --dir dist]

Serves dist/ as GitHub Pages would: under BASE_PATH (default /), with dist/404.html for unknown paths.`;

/** What a person can do when the system refuses to listen; anything else is a bug. */
function listenFailure(error: NodeJS.ErrnoException, host: string, port: number): Error {
  switch (error.code) {
    case "EADDRINUSE":
      return new FailedRun(
        `port ${port} is in use (another preview or server is running there); pass --port N for another port, for example --port ${port === 65535 ? port - 1 : port + 1}`,
      );
    case "EACCES":
      return new FailedRun(
        `this user may not listen on port ${port}; pass --port N with a port from 1024 to 65535, for example --port 4321`,
      );
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new UsageError(
        `--host ${host} is not an address of this machine; pass --host 127.0.0.1 (this machine only) or --host 0.0.0.0 (every network)\n\n${USAGE}`,
      );
    default:
      return error;
  }
}

await runCommand(async () => {
  const { values } = parseCommandArgs(
    {
      options: {
        port: { type: "string", default: "4321" },
        host: { type: "string", default: "127.0.0.1" },
        dir: { type: "string", default: "dist" },
        help: { type: "boolean" },
      },
    },
    USAGE,
  );
  if (values.help) return console.log(USAGE);
  const port = parsePort(values.port, USAGE);
  const host = parseHost(values.host, USAGE);
  const root = resolve(values.dir);
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) {
    throw new InputError([
      { file: values.dir, message: "there is no built site", fix: "run npm run build first" },
    ]);
  }
  const base = normalizeBasePath(ENV.basePath);
  const server = createStaticServer(root, base);
  await listen(server, port, host).catch((error: NodeJS.ErrnoException) => {
    throw listenFailure(error, host, port);
  });
  const shown = host.includes(":") ? `[${host}]` : host;
  console.log(`Serving ${values.dir} at http://${shown}:${port}${base} (Ctrl+C to stop)`);
  await new Promise<void>((done) => server.on("close", done));
});
