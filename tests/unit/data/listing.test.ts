/** Papers as lists show them: the start of each abstract, as plain text cut to a few lines. */
import { describe, expect, it } from "vitest";
import { archivePaths } from "../../../src/content/archive-files.ts";
import { abstractExcerpt, EXCERPT_LENGTH, excerptOf } from "../../../src/data/listing.ts";
import { loadSiteArchive } from "../../../src/site/load-archive.ts";
import { PROJECT_ROOT } from "../../support/archive.ts";
import { modelOf } from "../../support/memory-archive.ts";
import { SAMPLE, SLUGS } from "../../support/page-data-archive.ts";

/** The excerpt of a paper whose abstract is `abstract`. */
function excerptFor(abstract: string): string {
  const { archive } = modelOf(SAMPLE, (spec) => {
    const paper = spec.papers.find((candidate) => candidate.slug === SLUGS.graphs);
    if (paper) paper.abstract = abstract;
  });
  const paper = archive.bySlug.get(SLUGS.graphs);
  if (!paper) throw new Error("no graphs paper");
  return abstractExcerpt(paper);
}

describe("excerptOf", () => {
  it("keeps a text that fits whole, without an ellipsis", () => {
    const text = `${"word ".repeat(43)}words`;
    expect(text.length).toBe(EXCERPT_LENGTH);
    expect(excerptOf(text)).toBe(text);
    expect(excerptOf(`${text}.`)).toBe(`${"word ".repeat(42)}word…`);
  });

  const FOX = "The quick brown fox jumps over the lazy dog and runs far away";

  it("cuts a longer text after its last whole word that fits, then adds an ellipsis", () => {
    // Room for "The quick brown fox jumps over the la": back to the end of "the".
    expect(excerptOf(FOX, 40)).toBe("The quick brown fox jumps over the…");
    // Room for "…over th": back to "over".
    expect(excerptOf(FOX, 36)).toBe("The quick brown fox jumps over…");
    // Room for exactly "…over the", a space next: the word is whole as it stands.
    expect(excerptOf(FOX, 37)).toBe("The quick brown fox jumps over the…");
  });

  it("drops a comma, semicolon or colon before the ellipsis", () => {
    expect(excerptOf("Brown foxes, lazy dogs, quick cats and slow turtles", 26)).toBe(
      "Brown foxes, lazy dogs…",
    );
    expect(excerptOf("Brown foxes: lazy dogs; quick cats and slow turtles", 25)).toBe(
      "Brown foxes: lazy dogs…",
    );
  });

  it("cuts a word too long to end on between graphemes, never inside one", () => {
    expect(excerptOf("a".repeat(30), 10)).toBe("aaaaaaa…");
    const cut = excerptOf(`${"a".repeat(6)}😀bbbbbbbbbb`, 10);
    expect(cut).toBe("aaaaaa…");
    expect(cut.isWellFormed()).toBe(true);
    expect(excerptOf(`${"a".repeat(6)}e\u0301bbbbbbbbbb`, 10)).toBe("aaaaaa…");
  });

  it("reads line breaks and runs of spaces as one space", () => {
    expect(excerptOf("  First line\nsecond   line\r\n\tthird.  ")).toBe(
      "First line second line third.",
    );
  });
});

describe("abstractExcerpt", () => {
  it("reads math as text and cuts the abstract at its last whole word", () => {
    const { archive } = modelOf(SAMPLE);
    const sparse = archive.bySlug.get(SLUGS.sparse);
    if (!sparse) throw new Error("no sparse paper");
    expect(abstractExcerpt(sparse)).toBe(
      "We make sparse attention over long context windows cheap: each query attends to a learned block pattern, so cost grows as O(n) in sequence length. Code at https://github.com/example/sparse and a demo at…",
    );
  });

  it("reads each formula as text: subscripts, symbols, operator names", () => {
    expect(
      excerptFor("We recover $\\ell_1$ signals in $O(n \\log n)$ time with $\\alpha^2$."),
    ).toBe("We recover ℓ₁ signals in O(n log n) time with α².");
  });

  it("keeps markup in an abstract as the text it is", () => {
    const hostile =
      'Captions carry <script>alert("x")</script> and <img src=x onerror="alert(2)"> &amp; more.';
    expect(excerptFor(hostile)).toBe(hostile);
  });

  it("gives the exact start of a paper of the example digest (2025-07-30)", async () => {
    const archive = await loadSiteArchive(archivePaths(PROJECT_ROOT));
    const day = archive.dayByDate.get("2025-07-30");
    const paper = day?.papers.find(
      (candidate) => candidate.slug === "scaling-diffusion-transformers-efficiently-via-mup",
    );
    if (!paper) throw new Error("the example digest lists the μP paper");
    expect(abstractExcerpt(paper)).toBe(
      "Diffusion Transformers have emerged as the foundation for vision generative models, but their scalability is limited by the high cost of hyperparameter (HP) tuning at large scales. Recently, Maximal Update…",
    );
  });
});
