import { describe, expect, it } from "vitest";
import {
  isSlug,
  MAX_SLUG_LENGTH,
  slugForFileName,
  slugForTitle,
  uniqueSlug,
} from "../../../../src/content/papers/slug.ts";

describe("slugForTitle", () => {
  it.each([
    [
      "Scaling Diffusion Transformers Efficiently via $μ$P",
      "scaling-diffusion-transformers-efficiently-via-mup",
    ],
    ["Sparse $\\ell_1$ Recovery at $O(n \\log n)$ Cost", "sparse-ell-1-recovery-at-o-n-log-n-cost"],
    ["Bounds in $\\mathcal{O}(\\sqrt{T})$", "bounds-in-o-t"],
    ['<script>alert("pwned")</script> Attention', "alert-pwned-attention"],
    ["Tom &amp; Jerry: C++ > C# | 100% & $5", "tom-jerry-c-c-100-5"],
    ["Don’t Stop Pretraining", "dont-stop-pretraining"],
    ["Ранние остановки в обучении", "rannie-ostanovki-v-obuchenii"],
    ["Éléments de théorie: über Straße", "elements-de-theorie-uber-strasse"],
    [
      "PERP: Rethinking the Prune-Retrain Paradigm in the Era of LLMs",
      "perp-rethinking-the-prune-retrain-paradigm-in-the-era-of-llms",
    ],
  ])("%s → %s", (title, slug) => {
    expect(slugForTitle(title)).toBe(slug);
  });

  it.each([
    ["The ﬁnal Eﬃcient Oﬄine Model", "the-final-efficient-offline-model"],
    ["Scaling as $x²$ with ＧＰＴ", "scaling-as-x2-with-gpt"],
  ])("folds compatibility characters before it drops symbols: %s → %s", (title, slug) => {
    expect(slugForTitle(title)).toBe(slug);
  });

  it("never turns symbols or markup into words", () => {
    const slug = slugForTitle("$x$ <b>&lt;&gt;</b> & | % € $");
    expect(slug).not.toMatch(/dollar|less|greater|and|or|percent|euro|amp|lt|gt/u);
  });

  it("cuts long titles at a word, within the limit", () => {
    const slug = slugForTitle(
      "Global Convergence of Sub-gradient Method for Robust Matrix Recovery: Small Initialization, Noisy Measurements, and Over-parameterization",
    );
    expect(slug).toBe("global-convergence-of-sub-gradient-method-for-robust-matrix-recovery-small");
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });

  it("gives a title in a script with no transliteration a stable, non-empty slug", () => {
    const slug = slugForTitle("基于扩散模型的图像生成");
    expect(slug).toMatch(/^paper-[0-9a-f]{10}$/u);
    expect(slugForTitle("基于扩散模型的图像生成")).toBe(slug);
    expect(slugForTitle("基于扩散模型的视频生成")).not.toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });
});

describe("uniqueSlug", () => {
  it("numbers a slug that is taken", () => {
    const taken = new Set(["mos", "mos-2"]);
    expect(uniqueSlug("mos", (slug) => taken.has(slug))).toBe("mos-3");
    expect(uniqueSlug("free", (slug) => taken.has(slug))).toBe("free");
  });

  it("keeps a numbered slug within the limit, cut at a word", () => {
    const base = slugForTitle("word ".repeat(40));
    const slug = uniqueSlug(base, (candidate) => candidate === base);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^word(-word)*-2$/u);
  });
});

describe("slugForFileName", () => {
  it("makes a file name that is not a slug into one, not taken by another paper", () => {
    expect(slugForFileName("My Paper #1?", () => false)).toBe("my-paper-1");
    expect(slugForFileName("percent%20name", () => false)).toBe("percent-20name");
    expect(slugForFileName("Yes", (slug) => slug === "yes")).toBe("yes-2");
  });
});
