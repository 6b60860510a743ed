/** A real Chromium (Debian's package) driven by playwright-core: the benchmark's and the browser tests'. */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export async function launchChromium(
  executablePath: string,
  extraArgs: readonly string[] = [],
): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: apt-get install chromium, or set CHROME_PATH.`,
    );
  }
  return chromium.launch({
    executablePath,
    // This machine has no network: keep Chromium from trying to reach Google's services.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}
