/** When two listings, or a listing and a paper file, are one paper. */
import { describe, expect, it } from "vitest";
import {
  abstractSimilarity,
  type PaperIdentity,
  PaperIndex,
  SAME_ABSTRACT,
  titleKey,
} from "../../../../src/content/papers/paper-identity.ts";

describe("titleKey", () => {
  it("is the same for a title re-listed with other case or spacing", () => {
    expect(titleKey("  Scaling\u00a0LAWS  of Models ")).toBe("scaling laws of models");
    expect(titleKey("Scaling Laws of Models")).toBe(titleKey("scaling laws  OF models"));
    expect(titleKey("Caf\u0065\u0301")).toBe(titleKey("Caf\u00e9"));
    expect(titleKey("Scaling Laws")).not.toBe(titleKey("Scaling Law"));
  });

  it("keeps compatibility characters apart: x² is not x2, ﬁ is not fi", () => {
    expect(titleKey("Bounds in x²")).not.toBe(titleKey("Bounds in x2"));
    expect(titleKey("ﬁne-Tuning")).not.toBe(titleKey("fine-tuning"));
  });
});

const ABSTRACT =
  "We merge fine-tuned models by averaging their weights; model merging beats ensembling at the same cost on eight vision benchmarks.";
const REVISED =
  "We merge fine-tuned language models by averaging their weights; model merging beats ensembling at a lower cost on nine vision benchmarks.";
const OTHER =
  "A survey of weight averaging in federated learning, with a taxonomy of client drift corrections and open problems.";

describe("abstractSimilarity", () => {
  it("keeps a revision above the threshold and another paper's abstract below it", () => {
    expect(abstractSimilarity(ABSTRACT, ABSTRACT)).toBe(1);
    expect(abstractSimilarity(ABSTRACT, REVISED)).toBeGreaterThanOrEqual(SAME_ABSTRACT);
    expect(abstractSimilarity(ABSTRACT, OTHER)).toBeLessThan(SAME_ABSTRACT);
    expect(abstractSimilarity(ABSTRACT, ABSTRACT.toUpperCase())).toBe(1);
  });
});

describe("PaperIndex", () => {
  const index = new PaperIndex<string>();
  const add = (name: string, identity: PaperIdentity) => index.add(name, identity);
  add("merging", { title: "Model Merging", abstract: ABSTRACT });
  add("survey", { title: "Model Merging", abstract: OTHER, arxivId: "2501.00002" });
  add("renamed", { title: "My Own Title", abstract: "Exactly this abstract." });

  it("finds a revised listing of a title, and not another paper's", () => {
    expect(index.match({ title: "MODEL merging", abstract: REVISED }).paper).toBe("merging");
    expect(index.match({ title: "Model Merging", abstract: OTHER }).paper).toBe("survey");
    const stranger = index.match({
      title: "Model Merging",
      abstract: "Protein folding by diffusion.",
    });
    expect(stranger).toEqual({ sameTitle: ["merging", "survey"] });
  });

  it("lets two arXiv ids decide, with or without a version", () => {
    expect(index.match({ title: "Other", abstract: "x", arxivId: "2501.00002v3" }).paper).toBe(
      "survey",
    );
    expect(index.match({ title: "Model Merging", abstract: OTHER, arxivId: "2501.00009" })).toEqual(
      { sameTitle: ["merging"] },
    );
  });

  it("finds a paper whose title was edited by its abstract, exactly, when allowed", () => {
    const retitled = { byAbstract: (value: string) => value === "renamed" };
    const listing = { title: "The Digest's Title", abstract: "Exactly this abstract." };
    expect(index.match(listing, retitled).paper).toBe("renamed");
    expect(index.match(listing).paper).toBeUndefined();
    expect(
      index.match({ ...listing, abstract: "Exactly this abstract!" }, retitled).paper,
    ).toBeUndefined();
  });

  it("takes the closest of a title when any abstract will do, among those accepted", () => {
    const only = (name: string) => ({
      accept: (value: string) => value === name,
      anyAbstract: true,
    });
    expect(index.match({ title: "Model Merging", abstract: "" }, only("merging")).paper).toBe(
      "merging",
    );
    expect(index.match({ title: "Model Merging", abstract: ABSTRACT }, only("survey")).paper).toBe(
      "survey",
    );
  });
});
