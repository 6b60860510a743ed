/** One table of TeX symbols serves both readers of math: slugs (by name) and plain text (by letter). */
import { describe, expect, it } from "vitest";
import { slugForTitle } from "../../../src/content/papers/slug.ts";
import { texToText } from "../../../src/site/rich-text/math-text.ts";

const COMMANDS =
  "\\alpha \\beta \\gamma \\delta \\epsilon \\zeta \\eta \\theta \\iota \\kappa \\lambda \\mu \\nu \\xi \\pi \\rho \\sigma \\tau \\upsilon \\phi \\chi \\psi \\omega";
const LETTERS = "α β γ δ ε ζ η θ ι κ λ μ ν ξ π ρ σ τ υ φ χ ψ ω";

describe("TeX symbols", () => {
  it("reads each Greek letter's command as the letter", () => {
    expect(texToText(COMMANDS)).toBe(LETTERS);
    expect(texToText("\\varepsilon \\vartheta \\varphi \\Gamma \\Omega")).toBe("ε ϑ φ Γ Ω");
  });

  it("spells Greek letters in a title's math by name in its slug, υ as slugify writes it", () => {
    expect(["$α β γ δ ε ζ η θ$", "$ι κ λ μ ν ξ π ρ$", "$σ τ υ φ χ ψ ω$"].map(slugForTitle)).toEqual(
      [
        "alpha-beta-gamma-delta-epsilon-zeta-eta-theta",
        "iota-kappa-lambda-mu-nu-xi-pi-rho",
        "sigma-tau-y-phi-chi-psi-omega",
      ],
    );
    expect(slugForTitle("$\\upsilon$-Net")).toBe("upsilon-net");
  });
});
