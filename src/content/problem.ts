/**
 * A problem with a user's input: where it is, what is wrong and how to fix it.
 * Commands print these instead of stack traces.
 */
export interface Problem {
  /** Path of the file, as the user would type it (relative to the project when possible). */
  file: string;
  /** 1-based line number, when the problem is on one line. */
  line?: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it, in one sentence. */
  fix: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.message}\n  → ${problem.fix}`;
}

/** Thrown for a problem in the user's input; the CLI prints it without a stack trace. */
export class InputError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "InputError";
    this.problems = problems;
  }
}
