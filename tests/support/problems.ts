/** Checks on the problems and warnings a reader reports. */
import { expect } from "vitest";
import type { Problem } from "../../src/content/problem.ts";

/** A problem or warning names the file, says what is wrong and how to fix it, at a real line. */
export function expectWellFormed(problem: Problem, file: string, maxLine: number): void {
  expect(problem.file).toBe(file);
  expect(problem.message.trim()).not.toBe("");
  expect(problem.fix.trim()).not.toBe("");
  if (problem.line !== undefined) {
    expect(Number.isInteger(problem.line)).toBe(true);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(maxLine);
  }
}
