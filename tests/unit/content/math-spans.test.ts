import { describe, expect, it } from "vitest";
import { hasMath, splitMath } from "../../../src/content/math-spans.ts";

describe("splitMath", () => {
  it("finds inline and display math", () => {
    expect(splitMath("via $μ$P and $$x^2$$.")).toEqual([
      { kind: "text", text: "via " },
      { kind: "math", tex: "μ", display: false, source: "$μ$" },
      { kind: "text", text: "P and " },
      { kind: "math", tex: "x^2", display: true, source: "$$x^2$$" },
      { kind: "text", text: "." },
    ]);
  });

  it.each([
    "A price of $5 per GPU hour is not math.",
    "It costs $5 and $10 in total.",
    "Between $ 3 and 4 $ dollars.",
    "An escaped \\$x$ dollar.",
  ])("leaves money and escaped dollars as text: %s", (text) => {
    expect(hasMath(text)).toBe(false);
  });
});
