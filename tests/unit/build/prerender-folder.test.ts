import { describe, expect, it } from "vitest";
import { prerenderFolder } from "../../../src/build/prerender-folder.ts";

describe("prerenderFolder", () => {
  it("is in the output folder when that is inside the project, as Astro puts it", () => {
    expect(prerenderFolder("/project/dist/", "/project")).toBe("/project/dist/.prerender/");
  });

  it("is in the project's .astro folder when the output folder is elsewhere", () => {
    expect(prerenderFolder("/tmp/site/", "/project")).toBe("/project/.astro/.prerender/");
  });
});
