import { describe, expect, it } from "vitest";
import { isCodeLink, partitionLinks } from "../../../src/site/code-links.ts";

describe("code links", () => {
  it("knows repositories from other pages", () => {
    expect(isCodeLink("https://github.com/XiaojieGu/UltraEdit")).toBe(true);
    expect(isCodeLink("https://gitlab.com/a/b")).toBe(true);
    expect(isCodeLink("https://github.com/")).toBe(false);
    expect(isCodeLink("https://step-law.github.io/")).toBe(false);
    expect(isCodeLink("not a url")).toBe(false);
    expect(partitionLinks(["https://github.com/a/b", "https://ibm.biz/x"])).toEqual({
      code: ["https://github.com/a/b"],
      other: ["https://ibm.biz/x"],
    });
  });
});
