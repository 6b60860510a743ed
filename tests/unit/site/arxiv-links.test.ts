import { describe, expect, it } from "vitest";
import { arxivAbsUrl, arxivIdPath, arxivLinks } from "../../../src/site/arxiv-links.ts";

describe("arxivLinks", () => {
  it.each([
    {
      id: "2501.01234",
      abs: "https://arxiv.org/abs/2501.01234",
      pdf: "https://arxiv.org/pdf/2501.01234",
      huggingFace: "https://huggingface.co/papers/2501.01234",
    },
    // An old-style id's slash stays a path separator.
    {
      id: "hep-th/9901001",
      abs: "https://arxiv.org/abs/hep-th/9901001",
      pdf: "https://arxiv.org/pdf/hep-th/9901001",
      huggingFace: "https://huggingface.co/papers/hep-th/9901001",
    },
  ])("links $id's abstract, PDF and Hugging Face page", (links) => {
    expect(arxivLinks(links.id)).toEqual(links);
  });

  it("keeps a version suffix and an old-style id's subject class", () => {
    expect(arxivLinks("2501.01234v2")?.pdf).toBe("https://arxiv.org/pdf/2501.01234v2");
    expect(arxivLinks("math.GT/0309136")?.abs).toBe("https://arxiv.org/abs/math.GT/0309136");
  });

  it("gives no links for what is not an arXiv id", () => {
    for (const id of [
      undefined,
      "",
      "javascript:alert(1)",
      "2501.01234/../../x",
      "../2501.01234",
    ]) {
      expect(arxivLinks(id), String(id)).toBeUndefined();
    }
  });
});

describe("arxivIdPath", () => {
  it("encodes each segment, never the slashes between them", () => {
    expect(arxivIdPath("hep-th/9901001")).toBe("hep-th/9901001");
    expect(arxivIdPath('a b/c?d#e/"f"')).toBe("a%20b/c%3Fd%23e/%22f%22");
    expect(arxivAbsUrl("x y")).toBe("https://arxiv.org/abs/x%20y");
  });
});
