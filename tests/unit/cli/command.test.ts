import { describe, expect, it } from "vitest";
import { fileSystemFailure } from "../../../src/cli/command.ts";
import { parseHost, parsePort } from "../../../src/cli/options.ts";
import { plural } from "../../../src/cli/plural.ts";

function systemError(code: string, syscall: string, path?: string) {
  return Object.assign(new Error(`${code}: ${syscall}`), {
    code,
    syscall,
    ...(path === undefined ? {} : { path }),
  });
}

describe("fileSystemFailure", () => {
  it("says what is wrong with a person's path and what to do", () => {
    expect(fileSystemFailure(systemError("EEXIST", "mkdir", "/a/content/digests"))).toBe(
      "/a/content/digests: a file stands where a folder should be (mkdir).\n  → move that file away, or pass another folder",
    );
    expect(fileSystemFailure(systemError("ENOSPC", "write", "/a/b"))).toBe(
      "/a/b: the disk is full (write).\n  → free some space, then run the command again",
    );
  });
  it("leaves errors without a path, or of other kinds, to the internal-error report", () => {
    expect(fileSystemFailure(systemError("EISDIR", "read"))).toBeUndefined();
    expect(fileSystemFailure(systemError("ECONNRESET", "read", "/a"))).toBeUndefined();
    expect(fileSystemFailure(new TypeError("x"))).toBeUndefined();
  });
});

describe("option values", () => {
  it("takes ports 1 to 65535 and host names or addresses", () => {
    expect(parsePort("4321", "")).toBe(4321);
    expect(parsePort("65535", "")).toBe(65535);
    expect(parseHost("localhost", "")).toBe("localhost");
    expect(parseHost("::1", "")).toBe("::1");
    expect(parseHost("0.0.0.0", "")).toBe("0.0.0.0");
  });
  it.each(["0", "-1", "65536", "abc", "12ab", " ", "1e3", "0x10"])("refuses --port %j", (port) => {
    expect(() => parsePort(port, "usage")).toThrow(`--port ${JSON.stringify(port)} is not a port`);
  });
  it.each(["", "a b", "host_name", "-bad", "http://x"])("refuses --host %j", (host) => {
    expect(() => parseHost(host, "usage")).toThrow("is not an IP address or a host name");
  });
});

describe("plural", () => {
  it("uses the singular for one", () => {
    expect([plural(1, "paper"), plural(0, "paper"), plural(1000, "paper")]).toEqual([
      "1 paper",
      "0 papers",
      "1,000 papers",
    ]);
  });
});
