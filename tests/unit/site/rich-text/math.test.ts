import { describe, expect, it } from "vitest";
import { hasMath, renderMath, splitMath } from "../../../../src/site/rich-text/math.ts";
import { plainText, texToText } from "../../../../src/site/rich-text/math-text.ts";

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

describe("renderMath", () => {
  it("typesets TeX as MathML without the TeX annotation", () => {
    const html = renderMath("\\ell_1", false) ?? "";
    expect(html).toContain("<math");
    expect(html).toContain('<msub><mi mathvariant="normal">ℓ</mi><mn>1</mn></msub>');
    expect(html).not.toContain("annotation");
    expect(renderMath("x", true)).toContain('display="block"');
  });

  it("gives up on TeX it cannot parse", () => {
    expect(renderMath("\\frac{a", false)).toBeUndefined();
  });
});

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
