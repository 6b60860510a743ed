/** npm run preview: serve dist/ as GitHub Pages would, under BASE_PATH. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { createStaticServer } from "../src/build/static-server.ts";
import { parseCommandArgs, runCommand } from "../src/cli/command.ts";
import { InputError } from "../src/content/problem.ts";
import { ENV } from "../src/env.ts";
import { normalizeBasePath } from "../src/site/paths.ts";

const USAGE = `Usage: npm run preview [-- --port 4321 --host 127.0.0.1 --dir dist]

Serves dist/ as GitHub Pages would: under BASE_PATH (default /), with dist/404.html for unknown paths.`;

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
  const root = resolve(values.dir);
  if (!existsSync(root)) {
    throw new InputError([
      { file: values.dir, message: "there is no built site", fix: "run npm run build first" },
    ]);
  }
  const base = normalizeBasePath(ENV.basePath);
  const server = createStaticServer(root, base);
  server.listen(Number(values.port), values.host, () => {
    console.log(
      `Serving ${values.dir} at http://${values.host}:${values.port}${base} (Ctrl+C to stop)`,
    );
  });
  await new Promise<void>((done) => server.on("close", done));
});
