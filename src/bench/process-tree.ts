/**
 * Runs a command and measures it as a whole: wall time and the peak of the summed resident memory
 * of the command and every process it starts (Pagefind runs as a separate binary), sampled from
 * /proc. Linux only, like the machines this project benchmarks on.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface Measured {
  seconds: number;
  /** Peak of the summed RSS of the process tree, in bytes (sampled every 100 ms). */
  peakBytes: number;
  stdout: string;
  stderr: string;
  status: number | null;
}

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command name, which is in parentheses and may hold spaces.
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = tree.get(parent) ?? [];
      list.push(Number(name));
      tree.set(parent, list);
    } catch {
      // the process ended while we looked
    }
  }
  return tree;
}

function residentBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function treeBytes(root: number): number {
  const tree = children();
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += residentBytes(pid);
    stack.push(...(tree.get(pid) ?? []));
  }
  return total;
}

export function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    let peakBytes = 0;
    const sample = () => {
      if (child.pid !== undefined) peakBytes = Math.max(peakBytes, treeBytes(child.pid));
    };
    const timer = setInterval(sample, 100);
    child.on("error", reject);
    child.on("close", (status) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakBytes, stdout, stderr, status });
    });
  });
}
