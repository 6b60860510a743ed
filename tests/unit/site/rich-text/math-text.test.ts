import { describe, expect, it } from "vitest";
import { plainText, texToText } from "../../../../src/site/rich-text/math-text.ts";

describe("plainText", () => {
  it.each([
    [
      "Scaling Diffusion Transformers Efficiently via $μ$P",
      "Scaling Diffusion Transformers Efficiently via μP",
    ],
    ["Sparse $\\ell_1$ Recovery at $O(n \\log n)$ Cost", "Sparse ℓ₁ Recovery at O(n log n) Cost"],
    ["Regret $\\mathcal{O}(\\sqrt{T})$ and $\\frac{1}{2}$", "Regret O(√T) and 1/2"],
    ["$\\sum_{i=1}^{n} x_i^2$", "∑ᵢ₌₁ⁿ xᵢ²"],
    ["Broken $\\frac{a$ stays", "Broken $\\frac{a$ stays"],
    ["A price of $5 is not math", "A price of $5 is not math"],
  ])("%s → %s", (text, expected) => {
    expect(plainText(text)).toBe(expected);
  });

  it("spells out what has no Unicode form", () => {
    expect(texToText("x^{ab}")).toBe("x^(ab)");
    expect(texToText("\\frac{a+b}{c}")).toBe("(a+b)/c");
  });
});
