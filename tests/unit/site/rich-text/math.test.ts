import { describe, expect, it } from "vitest";
import { renderMath } from "../../../../src/site/rich-text/math.ts";

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

  it.each([
    "\\href{https://evil.example}{click}",
    "\\url{https://evil.example/x}",
    "\\includegraphics{https://evil.example/x.png}",
    "x + \\htmlClass{a}{y}",
  ])("gives up on commands KaTeX runs only when trusted, so their source is shown: %s", (tex) => {
    expect(renderMath(tex, false)).toBeUndefined();
  });
});
