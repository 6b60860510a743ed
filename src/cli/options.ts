/** Option values checked before a command acts on them: a wrong one is a usage error (exit 2). */
import { isIP } from "node:net";
import { UsageError } from "./command.ts";

/** A TCP port to listen on: a whole number from 1 to 65535. */
export function parsePort(text: string, usage: string): number {
  const port = /^\d{1,5}$/u.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(port >= 1 && port <= 65535)) {
    throw new UsageError(
      `--port ${JSON.stringify(text)} is not a port: give a whole number from 1 to 65535, for example --port 4321\n\n${usage}`,
    );
  }
  return port;
}

// A host name as DNS allows it: labels of letters, digits and inner hyphens.
const HOST_NAME =
  /^(?=.{1,253}$)(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*$/iu;

/** An address to listen on: an IP address or a host name such as localhost. */
export function parseHost(text: string, usage: string): string {
  if (isIP(text) === 0 && !HOST_NAME.test(text)) {
    throw new UsageError(
      `--host ${JSON.stringify(text)} is not an IP address or a host name: for example --host 127.0.0.1, or --host 0.0.0.0 for every network\n\n${usage}`,
    );
  }
  return text;
}
