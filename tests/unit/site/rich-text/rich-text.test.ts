import { describe, expect, it } from "vitest";
import { richSegments } from "../../../../src/site/rich-text/rich-text.ts";

describe("richSegments", () => {
  it("typesets math, links URLs, and leaves the rest as text", () => {
    const segments = richSegments("See $\\ell_1$ at https://x.org/a. <b>", { links: true });
    expect(segments.map((segment) => segment.kind)).toEqual([
      "text",
      "math",
      "text",
      "link",
      "text",
    ]);
    expect(segments[3]).toEqual({ kind: "link", text: "https://x.org/a", href: "https://x.org/a" });
    expect(segments[4]).toEqual({ kind: "text", text: ". <b>" });
  });

  it("shows math KaTeX cannot parse as its source text", () => {
    expect(richSegments("Broken $\\frac{a$ here")).toEqual([
      { kind: "text", text: "Broken " },
      { kind: "text", text: "$\\frac{a$" },
      { kind: "text", text: " here" },
    ]);
  });
});
