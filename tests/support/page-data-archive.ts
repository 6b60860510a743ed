/**
 * The small archive the page-data tests share: two days, a paper listed on both, a paper like it
 * on the second day, and papers on other subjects.
 */
import type { ArchiveSpec } from "./memory-archive.ts";

export const SLUGS = {
  /** The paper under test: first listed on 2025-03-01 between graphs and grasping, again on 2025-03-02. */
  sparse: "sparse-attention",
  graphs: "graph-traffic",
  grasping: "robot-grasping",
  /** Related to sparse-attention (same words), listed only on 2025-03-02. */
  kernels: "sparse-kernels",
  /** Shown on no page of sparse-attention. */
  proteins: "protein-folding",
} as const;

export const SAMPLE: ArchiveSpec = {
  topics: [
    { id: "attention", name: "Attention", description: "Attention in neural networks." },
    { id: "proteins", name: "Proteins" },
    { id: "graphs", name: "Graphs" },
    { id: "robotics", name: "Robotics" },
    { id: "optimization", name: "Optimization" },
  ],
  papers: [
    {
      slug: SLUGS.graphs,
      title: "Graph neural networks for traffic forecasting",
      dates: ["2025-03-01"],
      abstract: "Message passing over road graphs predicts traffic flow at city scale.",
      topics: ["graphs"],
    },
    {
      slug: SLUGS.sparse,
      title: "Sparse attention in $O(n)$ for long context transformers",
      dates: ["2025-03-01", "2025-03-02"],
      abstract:
        "We make sparse attention over long context windows cheap: each query attends to a learned block pattern, so cost grows as $O(n)$ in sequence length. Code at https://github.com/example/sparse and a demo at https://example.org/demo for everyone to try today.",
      topics: ["attention", "graphs"],
      links: ["https://github.com/example/sparse", "https://example.org/demo"],
      notes: "Read for the reading group.",
    },
    {
      slug: SLUGS.grasping,
      title: "Reinforcement learning for robot grasping",
      dates: ["2025-03-01"],
      abstract: "A policy trained with rewards from tactile sensors grasps unseen objects.",
      topics: ["robotics"],
    },
    {
      slug: SLUGS.kernels,
      title: "Sparse attention kernels for long context inference",
      dates: ["2025-03-02"],
      abstract: "Fused kernels make sparse attention fast for long context decoding.",
      topics: ["attention"],
    },
    {
      slug: SLUGS.proteins,
      title: "Protein folding with diffusion",
      dates: ["2025-03-02"],
      abstract: "A denoising model predicts backbone coordinates of proteins.",
      topics: ["proteins"],
    },
  ],
  digests: [
    { date: "2025-03-01", slugs: [SLUGS.graphs, SLUGS.sparse, SLUGS.grasping] },
    { date: "2025-03-02", slugs: [SLUGS.kernels, SLUGS.proteins, SLUGS.sparse] },
  ],
};
