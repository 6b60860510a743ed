import { describe, expect, it } from "vitest";
import {
  type FramedPage,
  type FramedPages,
  offerFramedPages,
  takeFramedPages,
  wantFramedPages,
} from "../../../src/build/framed-pages-handoff.ts";

function route(made: string[]): FramedPages {
  return {
    frame: "papers/_frame/",
    holes: ["title"],
    *pages(): Generator<FramedPage> {
      for (const slug of ["a", "b"]) {
        made.push(slug);
        yield { pathname: `papers/${slug}/`, key: slug, parts: () => ({ title: slug }) };
      }
    },
  };
}

describe("the framed pages' handoff from the pages' bundle to the build", () => {
  it("is refused without a build that wants them (astro dev: routes render every page)", () => {
    expect(offerFramedPages("papers", route([]))).toBe(false);
    expect(takeFramedPages()).toBeUndefined();
  });

  it("gives a build the routes' pages once, made one at a time as they are written", () => {
    wantFramedPages();
    const made: string[] = [];
    expect(offerFramedPages("papers", route(made))).toBe(true);
    const taken = takeFramedPages();
    expect([...(taken?.keys() ?? [])]).toEqual(["papers"]);
    expect(made).toEqual([]);
    const pages = taken?.get("papers")?.pages() ?? [];
    expect([...pages].map((page) => page.pathname)).toEqual(["papers/a/", "papers/b/"]);
    expect(made).toEqual(["a", "b"]);
    // Taken once: the next build wants them again.
    expect(takeFramedPages()).toBeUndefined();
    expect(offerFramedPages("papers", route(made))).toBe(false);
  });
});
