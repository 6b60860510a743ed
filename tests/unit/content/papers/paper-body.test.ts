import { describe, expect, it } from "vitest";
import { splitBody } from "../../../../src/content/papers/paper-body.ts";

describe("splitBody", () => {
  it("takes a body of one paragraph as the abstract on one line, with no notes", () => {
    expect(splitBody("One\nparagraph.\n")).toEqual({ abstract: "One paragraph.", notes: "" });
  });
});
