import { describe, expect, it } from "vitest";
import { matchQuality } from "../../../src/search/loose-match.ts";

describe("matchQuality", () => {
  it("is exact for the words themselves, longer forms and the same stem, whatever the case", () => {
    expect(matchQuality(["Diffusion"], ["diffusion"])).toBe("exact");
    expect(matchQuality(["adaptation"], ["adapt"])).toBe("exact");
    expect(matchQuality(["model"], ["models"])).toBe("exact");
    expect(matchQuality(["studies"], ["study"])).toBe("exact");
    expect(matchQuality(["merging,", "Sparse"], ["merging", "sparse"])).toBe("exact");
  });

  it("finds a word inside a compound, as the index does", () => {
    expect(matchQuality(['alert("pwned")</script>'], ["pwned"])).toBe("exact");
    expect(matchQuality(["low-rank"], ["rank"])).toBe("exact");
  });

  it("is close when every query word shares at least half its letters' beginning with a match", () => {
    expect(matchQuality(["merge"], ["mergers"])).toBe("close");
  });

  it("is none when a query word is missing, or only its first letters match", () => {
    expect(matchQuality(["a", "A"], ["architectures"])).toBe("none");
    expect(matchQuality(["https://github.com/example/l1-recovery."], ["compression"])).toBe("none");
    expect(matchQuality(["sparse"], ["merging", "sparse"])).toBe("none");
    expect(matchQuality([], ["xyzzy"])).toBe("none");
  });

  it("matches Chinese and Japanese characters one by one", () => {
    expect(matchQuality(["扩", "散"], ["扩", "散"])).toBe("exact");
    expect(matchQuality(["扩"], ["扩", "散"])).toBe("none");
  });
});
