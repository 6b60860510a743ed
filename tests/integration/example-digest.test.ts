/** The real example digest: every paper, word for word, with the right links and topics. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { archivePaths, loadTaxonomy } from "../../src/content/archive-files.ts";
import { readDigest } from "../../src/content/digest-file.ts";
import { extractLinks } from "../../src/content/links.ts";
import { slugForTitle } from "../../src/content/papers/slug.ts";
import { topicMatcher } from "../../src/split/topic-match.ts";
import { EXAMPLE_DIGEST, PROJECT_ROOT } from "../support/archive.ts";

const bytes = readFileSync(EXAMPLE_DIGEST);
const result = readDigest(bytes, "content/digests/2025-07-30.txt");
if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
const { digest } = result;
const sourceLines = bytes.toString("utf8").split("\n");

/** One topic per paper that a researcher would agree with; the matcher must assign it. */
const EXPECTED_TOPIC: Record<string, string> = {
  "a-survey-on-inference-optimization-techniques-for-mixture-of-experts-models":
    "mixture-of-experts",
  "a-unified-framework-for-model-editing": "model-editing",
  "adaptive-budget-allocation-for-parameter-efficient-fine-tuning":
    "parameter-efficient-fine-tuning",
  "bilevel-optimization-under-unbounded-smoothness-a-new-algorithm-and-convergence": "optimization",
  "compeft-compression-for-communicating-parameter-efficient-updates-via": "model-compression",
  "continual-learning-with-dynamic-sparse-training-exploring-algorithms-for": "continual-learning",
  "dynamic-constrained-submodular-optimization-with-polylogarithmic-update-time": "optimization",
  "efficiently-computing-local-lipschitz-constants-of-neural-networks-via-bound": "robustness",
  "evolutionary-optimization-of-model-merging-recipes": "model-merging",
  "feature-learning-in-infinite-width-neural-networks": "learning-theory",
  "ferret-federated-full-parameter-tuning-at-scale-for-large-language-models":
    "distributed-and-federated-learning",
  "flag-aggregator-scalable-distributed-training-under-failures-and-augmented":
    "distributed-and-federated-learning",
  "flora-low-rank-core-space-for-n-dimension": "parameter-efficient-fine-tuning",
  "frl-federated-rank-learning": "distributed-and-federated-learning",
  "frugal-memory-efficient-optimization-by-reducing-state-overhead-for-scalable":
    "efficient-training-and-inference",
  "global-convergence-of-sub-gradient-method-for-robust-matrix-recovery-small":
    "matrix-and-low-rank-methods",
  "go-wider-instead-of-deeper": "neural-network-architectures",
  "hft-half-fine-tuning-for-large-language-models": "large-language-models",
  "high-performance-symbolic-numerics-via-multiple-dispatch": "scientific-computing",
  "horizon-free-and-variance-dependent-reinforcement-learning-for-latent-markov":
    "reinforcement-learning",
  "how-over-parameterization-slows-down-gradient-descent-in-matrix-sensing-the": "optimization",
  "hyperparameters-in-continual-learning-a-reality-check": "hyperparameter-optimization",
  "in-defense-of-parameter-sharing-for-model-compression": "model-compression",
  "iterative-self-training-for-code-generation-via-reinforced-re-ranking": "code-generation",
  "large-continual-instruction-assistant": "continual-learning",
  "layer-wise-importance-matters-less-memory-for-better-performance-in-parameter":
    "parameter-efficient-fine-tuning",
  "learning-to-relax-setting-solver-parameters-across-a-sequence-of-linear-system":
    "scientific-computing",
  "low-rank-matrix-completion-via-robust-alternating-minimization-in-nearly-linear":
    "matrix-and-low-rank-methods",
  "measuring-the-intrinsic-dimension-of-objective-landscapes": "optimization",
  "memcontrol-mitigating-memorization-in-diffusion-models-via-automated-parameter":
    "diffusion-models",
  "mgno-efficient-parameterization-of-linear-operators-via-multigrid":
    "neural-network-architectures",
  "model-breadcrumbs-scaling-multi-task-model-merging-with-sparse-masks": "model-merging",
  "mos-model-surgery-for-pre-trained-model-based-class-incremental-learning": "continual-learning",
  "mos-unleashing-parameter-efficiency-of-low-rank-adaptation-with-mixture-of":
    "parameter-efficient-fine-tuning",
  "muscle-a-model-update-strategy-for-compatible-llm-evolution": "large-language-models",
  "never-train-from-scratch-fair-comparison-of-long-sequence-models-requires-data":
    "neural-network-architectures",
  "optimistic-online-mirror-descent-for-bridging-stochastic-and-adversarial-online":
    "online-learning",
  "parallel-scaling-law-for-language-models": "scaling-laws",
  "parameter-competition-balancing-for-model-merging": "model-merging",
  "parameter-efficient-fine-tuning-for-foundation-models": "parameter-efficient-fine-tuning",
  "parameter-efficient-fine-tuning-for-large-models-a-comprehensive-survey":
    "parameter-efficient-fine-tuning",
  "parameter-selective-continual-test-time-adaptation": "continual-learning",
  "pela-learning-parameter-efficient-models-with-low-rank-approximation": "model-compression",
  "perk-long-context-reasoning-as-parameter-efficient-test-time-learning":
    "parameter-efficient-fine-tuning",
  "perp-rethinking-the-prune-retrain-paradigm-in-the-era-of-llms": "model-compression",
  "power-scheduler-a-batch-size-and-token-number-agnostic-learning-rate-scheduler":
    "hyperparameter-optimization",
  "predictable-scale-part-i-optimal-hyperparameter-scaling-law-in-large-language": "scaling-laws",
  "probabilistic-programming-with-programmable-variational-inference": "probabilistic-methods",
  "pv-tuning-beyond-straight-through-estimation-for-extreme-llm-compression": "model-compression",
  "realhf-optimized-rlhf-training-for-large-language-models-through-parameter":
    "reinforcement-learning",
  "refined-regret-for-adversarial-mdps-with-linear-function-approximation":
    "reinforcement-learning",
  "reinforcement-learning-finetunes-small-subnetworks-in-large-language-models":
    "reinforcement-learning",
  "robust-weight-signatures-gaining-robustness-as-easy-as-patching-weights": "robustness",
  "sample-complexity-of-data-driven-tuning-of-model-hyperparameters-in-neural": "learning-theory",
  "sara-high-efficient-diffusion-model-fine-tuning-with-progressive-sparse-low-rank":
    "diffusion-models",
  "scaling-diffusion-transformers-efficiently-via-mup": "hyperparameter-optimization",
  "self-tuning-networks-bilevel-optimization-of-hyperparameters-using-structured":
    "hyperparameter-optimization",
  "symbolic-discovery-of-optimization-algorithms": "optimization",
  "target-based-surrogates-for-stochastic-optimization": "optimization",
  "the-price-of-differential-privacy-under-continual-observation": "privacy-and-unlearning",
  "towards-bridging-the-gaps-between-the-right-to-explanation-and-the-right-to-be":
    "interpretability-and-explanation",
  "trace-is-the-new-autodiff-unlocking-efficient-optimization-of-computational": "optimization",
  "transformers-as-support-vector-machines": "neural-network-architectures",
  "ultraedit-training-subject-and-memory-free-lifelong-editing-in-large-language": "model-editing",
};

describe("the example digest (2025-07-30)", () => {
  it("holds 64 papers, dated 2025-07-30", () => {
    expect(digest.date).toBe("2025-07-30");
    expect(digest.entries).toHaveLength(64);
  });

  it("keeps the first and last papers word for word", () => {
    const first = digest.entries[0];
    expect(first?.title).toBe("Scaling Diffusion Transformers Efficiently via $μ$P");
    expect(
      first?.abstract.startsWith("Diffusion Transformers have emerged as the foundation"),
    ).toBe(true);
    const last = digest.entries.at(-1);
    expect(last?.title).toBe("Parallel Scaling Law for Language Models");
    expect(
      last?.abstract.endsWith(
        "provides an alternative perspective for the role of computation in machine learning.",
      ),
    ).toBe(true);
  });

  it("takes every title and abstract verbatim from its source line, losing no line", () => {
    const used = new Set<number>();
    for (const entry of digest.entries) {
      expect(sourceLines[entry.line - 1]).toBe(entry.title);
      expect(sourceLines[entry.line + 1]).toBe(entry.abstract);
      used.add(entry.line - 1).add(entry.line + 1);
    }
    // Every non-blank line after the header (12 lines of page chrome and date) is some paper's.
    sourceLines.forEach((line, index) => {
      if (index >= 12 && line.trim() !== "")
        expect(used.has(index), `line ${index + 1}`).toBe(true);
    });
  });

  it("extracts the code links without sentence punctuation", () => {
    const links = digest.entries.flatMap((entry) => extractLinks(entry.abstract));
    expect(links).toContain("https://github.com/XiaojieGu/UltraEdit");
    expect(links).toContain("https://github.com/hamidralmasi/FlagAggregator");
    expect(links).toContain("https://github.com/MoE-Inf/awesome-moe-inference/");
    expect(links).toContain("https://step-law.github.io/");
    expect(links).toContain("https://ibm.biz/BdKhLa");
    expect(links.filter((url) => /[.,;:)]$/u.test(url))).toEqual([]);
    expect(links).toHaveLength(19);
  });

  it("gives every paper a topic a researcher would agree with", async () => {
    const taxonomy = await loadTaxonomy(archivePaths(PROJECT_ROOT));
    expect(taxonomy.problems).toEqual([]);
    const match = topicMatcher(taxonomy.items);
    const assigned = Object.fromEntries(
      digest.entries.map((entry) => [
        slugForTitle(entry.title),
        match(entry.title, entry.abstract),
      ]),
    );
    expect(Object.keys(assigned).sort()).toEqual(Object.keys(EXPECTED_TOPIC).sort());
    for (const [slug, topic] of Object.entries(EXPECTED_TOPIC)) {
      expect(assigned[slug], slug).toContain(topic);
    }
  });
});
