import { describe, expect, it } from "vitest";
import { paperKey } from "../../../../src/content/papers/paper-identity.ts";

describe("paperKey", () => {
  it("is the same for a title re-listed with other case, spacing or Unicode form", () => {
    expect(paperKey("  Ｓcaling\u00a0LAWS  of Ｍodels ")).toBe("scaling laws of models");
    expect(paperKey("Scaling Laws of Models")).toBe(paperKey("scaling laws  OF models"));
    expect(paperKey("ﬁne-Tuning")).toBe("fine-tuning");
    expect(paperKey("Scaling Laws")).not.toBe(paperKey("Scaling Law"));
  });
});
