import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/content/problem.ts";

describe("formatProblem", () => {
  it("formats a problem as file:line, message and fix", () => {
    const text = formatProblem({ file: "a.txt", line: 3, message: "bad", fix: "do this" });
    expect(text).toBe("a.txt:3: bad\n  → do this");
  });
});
