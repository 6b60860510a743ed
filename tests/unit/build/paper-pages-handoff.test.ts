import { describe, expect, it } from "vitest";
import {
  offerPaperPages,
  type PaperPageFile,
  takePaperPages,
  wantPaperPages,
} from "../../../src/build/paper-pages-handoff.ts";
import { html } from "../../../src/html/markup.ts";

function* pages(made: string[]): Generator<PaperPageFile> {
  for (const slug of ["a", "b"]) {
    made.push(slug);
    yield {
      pathname: `papers/${slug}/`,
      key: slug,
      parts: () => ({ title: slug, description: "", canonical: "", head: html``, main: html`` }),
    };
  }
}

describe("the paper pages' handoff from the pages' bundle to the build", () => {
  it("is refused without a build that wants them (astro dev: the route renders every paper)", () => {
    const made: string[] = [];
    expect(offerPaperPages(() => pages(made))).toBe(false);
    expect(takePaperPages()).toBeUndefined();
  });

  it("gives a build the pages it wants once, made one at a time as they are taken", () => {
    wantPaperPages();
    const made: string[] = [];
    expect(offerPaperPages(() => pages(made))).toBe(true);
    expect(made).toEqual([]);
    const taken = takePaperPages();
    expect(made).toEqual([]);
    const pathnames = [...(taken ?? [])].map((page) => page.pathname);
    expect(pathnames).toEqual(["papers/a/", "papers/b/"]);
    expect(made).toEqual(["a", "b"]);
    // The next build in the same process wants them again.
    expect(takePaperPages()).toBeUndefined();
    expect(offerPaperPages(() => pages(made))).toBe(false);
  });
});
