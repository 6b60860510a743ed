/** The split's decisions on identity and dates: which listings are one paper, which dates it keeps. */
import { describe, expect, it } from "vitest";
import { readDigest } from "../../../src/content/digest-file.ts";
import { parseDigestText } from "../../../src/sources/pasted-page.ts";
import { digestOf, paperOf, splitInMemory, storedPapers } from "../../support/memory-split.ts";

// From content/digests/2025-07-30.txt, and the same abstract as an arXiv revision words it.
const TITLE = "Power Scheduler: A Batch Size and Token Number Agnostic Learning Rate Scheduler";
const V1 =
  "Finding the optimal learning rate for language model pretraining is a challenging task. This is not only because there is a complicated correlation between learning rate, batch size, number of training tokens, model size, and other hyperparameters but also because it is prohibitively expensive to perform a hyperparameter search for large language models with Billions or Trillions of parameters. In this paper, we study the correlation between optimal learning rate, batch size, and number of training tokens for the recently proposed WSD scheduler. Based on the observation, we propose a new learning rate scheduler, Power scheduler, that is agnostic about the number of training tokens and batch size. Our 3B dense and MoE models trained with the Power scheduler achieve comparable performance as state-of-the-art small language models.";
const V2 =
  "Finding the optimal learning rate for language model pretraining is a hard task. This is not only because there is a complex correlation between learning rate, batch size, number of training tokens, model size, and other hyperparameters but also because it is prohibitively expensive to perform a hyperparameter search for large models with billions of parameters. In this paper, we study the correlation between optimal learning rate, batch size, and number of training tokens for the WSD scheduler. Based on the observation, we propose Power scheduler, a learning rate scheduler that is agnostic about the number of training tokens and batch size. Our 3B and 8B dense and MoE models trained with the Power scheduler match state-of-the-art small language models. We open-source these models.";
// Another paper that happens to have the same title.
const OTHER =
  "Electric grids schedule generation against demand forecasts. We present a scheduler for power plants that batches unit commitment decisions and is agnostic to the number of generators, cutting operating cost by 4% on a regional grid.";

const day = (date: string, ...entries: Parameters<typeof digestOf>[1]) => digestOf(date, entries);

describe("planSplit: listings of one title", () => {
  it("keeps a revised abstract with its paper, and says the stored one was kept", () => {
    const first = splitInMemory([day("2025-07-30", { title: TITLE, abstract: V1 })]);
    const second = splitInMemory(
      [
        day("2025-07-30", { title: TITLE, abstract: V1 }),
        day("2025-08-04", { title: TITLE, abstract: V2 }),
      ],
      first.files,
    );
    const slug = "power-scheduler-a-batch-size-and-token-number-agnostic-learning-rate-scheduler";
    expect([...second.files.keys()]).toEqual([slug]);
    expect(paperOf(second.files, slug)).toMatchObject({
      dates: ["2025-07-30", "2025-08-04"],
      body: `${V1}\n`,
    });
    expect(second.warnings).toEqual([
      {
        file: "content/digests/2025-08-04.txt",
        line: 1,
        message: `the abstract differs from the one stored in content/papers/${slug}.md; the stored one was kept`,
        fix: "nothing to do, unless the new abstract is the right one: then paste it into the paper file",
      },
    ]);
  });

  it("makes two papers of one title with clearly different abstracts, in one run", () => {
    const { files, warnings } = splitInMemory([
      day("2025-07-30", { title: "Weight Averaging", abstract: V1 }),
      day("2025-08-04", { title: "weight averaging", abstract: OTHER }),
    ]);
    expect(paperOf(files, "weight-averaging")).toMatchObject({
      dates: ["2025-07-30"],
      body: `${V1}\n`,
    });
    expect(paperOf(files, "weight-averaging-2")).toMatchObject({
      title: "weight averaging",
      dates: ["2025-08-04"],
      body: `${OTHER}\n`,
    });
    expect(warnings).toEqual([
      {
        file: "content/digests/2025-08-04.txt",
        line: 1,
        message:
          "has the same title as content/digests/2025-07-30.txt:1 but a clearly different abstract: it is another paper, stored as content/papers/weight-averaging-2.md",
        fix: "nothing to do if they are two papers; if they are one, keep one file (content/papers/weight-averaging-2.md or the other one's), paste in the abstract you want, delete the other and split again",
      },
    ]);
  });

  it("makes a second paper of a stored title when its abstract is clearly different", () => {
    const first = splitInMemory([day("2025-07-30", { title: TITLE, abstract: V1 })]);
    const digests = [
      day("2025-07-30", { title: TITLE, abstract: V1 }),
      day("2025-08-04", { title: TITLE, abstract: OTHER }),
    ];
    const second = splitInMemory(digests, first.files);
    const slug = "power-scheduler-a-batch-size-and-token-number-agnostic-learning-rate-scheduler";
    expect(paperOf(second.files, slug)).toMatchObject({ dates: ["2025-07-30"], body: `${V1}\n` });
    expect(paperOf(second.files, `${slug}-2`)).toMatchObject({
      dates: ["2025-08-04"],
      body: `${OTHER}\n`,
    });
    expect(second.warnings.map((warning) => warning.message)).toEqual([
      `has the same title as content/papers/${slug}.md but a clearly different abstract: it is another paper, stored as content/papers/${slug}-2.md`,
    ]);
    // And the next run finds each listing its own file.
    const third = splitInMemory(digests, second.files);
    expect(third.plan.created).toEqual([]);
    expect(third.plan.updated).toEqual([]);
  });

  it("still finds a paper whose stored abstract a person lightly edited", () => {
    const first = splitInMemory([day("2025-07-30", { title: TITLE, abstract: V1 })]);
    const slug = "power-scheduler-a-batch-size-and-token-number-agnostic-learning-rate-scheduler";
    const text = first.files.get(slug) ?? "";
    const edited = text
      .replace("challenging task", "challenging problem")
      .replace("Billions or Trillions", "billions or trillions")
      .replace(/\n$/u, " (Read in our group on 2025-08-01.)\n\nMy notes: try it.\n");
    const second = splitInMemory(
      [
        day("2025-07-30", { title: TITLE, abstract: V1 }),
        day("2025-08-04", { title: TITLE, abstract: V2 }),
      ],
      new Map([[slug, edited]]),
    );
    expect([...second.files.keys()]).toEqual([slug]);
    expect(second.files.get(slug)).toBe(
      edited.replace('dates: ["2025-07-30"]', 'dates: ["2025-07-30", "2025-08-04"]'),
    );
  });

  it("lets arXiv ids decide when both sides have one", () => {
    const { files } = splitInMemory([
      day("2025-07-30", { title: TITLE, abstract: V1, arxivId: "2408.13359" }),
      day("2025-08-04", { title: TITLE, abstract: V1, arxivId: "2508.00001" }),
      day("2025-08-05", {
        title: "Power Scheduler (v3)",
        abstract: OTHER,
        arxivId: "2408.13359v3",
      }),
    ]);
    const slug = "power-scheduler-a-batch-size-and-token-number-agnostic-learning-rate-scheduler";
    expect(paperOf(files, slug)).toMatchObject({
      arxiv_id: "2408.13359v3",
      dates: ["2025-07-30", "2025-08-05"],
    });
    expect(paperOf(files, `${slug}-2`)).toMatchObject({
      arxiv_id: "2508.00001",
      dates: ["2025-08-04"],
    });
  });

  it("folds case and canonical forms of a title, not compatibility forms: x² is not x2", () => {
    const { files, warnings } = splitInMemory([
      day(
        "2025-07-30",
        { title: "Bounds in x²", abstract: OTHER },
        { title: "Cafe\u0301", abstract: V1 },
      ),
      day(
        "2025-08-04",
        { title: "BOUNDS IN x2", abstract: V2 },
        { title: "CAF\u00c9", abstract: V1 },
      ),
    ]);
    // Slugs fold compatibility forms, so the second paper is the -2 of the first one's slug.
    expect([...files.keys()].sort()).toEqual(["bounds-in-x2", "bounds-in-x2-2", "cafe"]);
    expect(paperOf(files, "cafe").dates).toEqual(["2025-07-30", "2025-08-04"]);
    expect(warnings).toEqual([]);
  });
});

describe("planSplit: a title edited by hand", () => {
  it("finds its paper by the abstract, whatever the spacing, and makes no -2", () => {
    const abstract = "We merge fine-tuned models by averaging their weights.";
    const first = splitInMemory([day("2025-07-30", { title: "Model Merging", abstract })]);
    const edited = (first.files.get("model-merging") ?? "")
      .replace('title: "Model Merging"', 'title: "Model Merging by Weight Averaging (ICML)"')
      .replace(abstract, "We merge fine-tuned models\nby averaging their  weights.");
    const second = splitInMemory(
      [
        day("2025-07-30", { title: "Model Merging", abstract }),
        day("2025-08-04", { title: "Model Merging", abstract }),
      ],
      new Map([["model-merging", edited]]),
    );
    expect([...second.files.keys()]).toEqual(["model-merging"]);
    expect(second.files.get("model-merging")).toBe(
      edited.replace('dates: ["2025-07-30"]', 'dates: ["2025-07-30", "2025-08-04"]'),
    );
    expect(second.warnings).toEqual([]);
  });
});

describe("planSplit: a title and an abstract both edited by hand", () => {
  const first = splitInMemory([day("2025-07-30", { title: TITLE, abstract: V1 })]);
  const slug = [...first.files.keys()][0] ?? "";
  const edited = (first.files.get(slug) ?? "")
    .replace(`title: "${TITLE}"`, 'title: "Power Scheduler (ICLR 2025)"')
    .replace(V1, V2);

  it("finds its paper on the day the split dated it, by an abstract that is not clearly different", () => {
    const second = splitInMemory(
      [
        day("2025-07-30", { title: TITLE, abstract: V1 }),
        day("2025-08-04", { title: TITLE, abstract: V1 }),
      ],
      new Map([[slug, edited]]),
    );
    expect([...second.files.keys()]).toEqual([slug]);
    expect(paperOf(second.files, slug)).toMatchObject({
      title: "Power Scheduler (ICLR 2025)",
      dates: ["2025-07-30", "2025-08-04"],
    });
  });

  it("is another paper when only a digest of another day lists that title", () => {
    const second = splitInMemory(
      [day("2025-08-04", { title: TITLE, abstract: V1 })],
      new Map([[slug, edited]]),
    );
    expect([...second.files.keys()].sort()).toEqual([slug, `${slug}-2`].sort());
    expect(paperOf(second.files, slug).dates).toEqual([]);
  });
});

describe("planSplit: a digest taken back", () => {
  const a = { title: "Paper A", abstract: "Alpha abstract about sparse recovery." };
  const b = { title: "Paper B", abstract: "Beta abstract about speech recognition." };
  const first = splitInMemory([day("2025-07-30", a, b), day("2025-07-31", a)]);

  it("takes its date out of every paper's dates and moves date to the first left", () => {
    const second = splitInMemory([day("2025-08-01", a)], first.files);
    expect(paperOf(second.files, "paper-a")).toMatchObject({
      date: "2025-08-01",
      dates: ["2025-08-01"],
    });
  });

  it("keeps a paper no digest lists, with its date and dates: [], and says so", () => {
    const second = splitInMemory([day("2025-07-31", a)], first.files);
    expect(paperOf(second.files, "paper-a")).toMatchObject({
      date: "2025-07-31",
      dates: ["2025-07-31"],
    });
    expect(second.files.get("paper-b")).toBe(
      first.files.get("paper-b")?.replace('dates: ["2025-07-30"]', "dates: []"),
    );
    const warning = {
      file: "content/papers/paper-b.md",
      message:
        "no digest lists this paper any more; its page stays at the same address, under no day",
      fix: "nothing to do if its digest was taken back on purpose; if not, restore the digest and split again; to remove the paper, delete this file",
    };
    expect(second.warnings).toEqual([warning]);
    expect(storedPapers(second.files).map((paper) => paper.data.dates)).toEqual([
      ["2025-07-31"],
      [],
    ]);

    const third = splitInMemory([day("2025-07-31", a)], second.files);
    expect(third.plan.updated).toEqual([]);
    expect(third.warnings).toEqual([warning]);
    // Restoring the digest brings the date back.
    const restored = splitInMemory([day("2025-07-30", a, b), day("2025-07-31", a)], third.files);
    expect(restored.files).toEqual(first.files);
  });
});

describe("planSplit of a pasted digest listing one title twice", () => {
  it("keeps both papers when their abstracts clearly differ, and one when they are the same", () => {
    const text = [
      "Jul 30",
      "",
      "Weight Averaging",
      "",
      V1,
      "",
      "Weight Averaging",
      "",
      OTHER,
      "",
      "Weight Averaging",
      "",
      V2,
      "",
    ].join("\n");
    const parsed = parseDigestText(text, "content/digests/2025-07-30.txt");
    expect(parsed.warnings).toEqual([
      {
        file: "content/digests/2025-07-30.txt",
        line: 11,
        message:
          '"Weight Averaging" is listed twice in this digest (first on line 3); the second listing was skipped',
        fix: "nothing to do unless they are different papers",
      },
    ]);
    const { files } = splitInMemory([
      { file: "content/digests/2025-07-30.txt", date: "2025-07-30", entries: parsed.entries },
    ]);
    expect([...files.keys()]).toEqual(["weight-averaging", "weight-averaging-2"]);
    expect(paperOf(files, "weight-averaging-2").body).toBe(`${OTHER}\n`);
  });
});

describe("planSplit of a JSON digest listing one title twice", () => {
  it("keeps both papers when their arXiv ids differ", () => {
    const record = (id: string, summary: string) => ({
      paper: { id, title: "Weight Averaging", summary },
      numComments: 0,
    });
    const text = JSON.stringify([
      record("2507.00001", V1),
      record("2507.00002", V1),
      record("2507.00001", V2),
    ]);
    const read = readDigest(new TextEncoder().encode(text), "content/digests/2025-07-30.json");
    if (!read.ok) throw new Error("the digest does not read");
    expect(read.warnings.map((warning) => warning.message)).toEqual([
      'record 3: "Weight Averaging" is listed twice in this file (first as record 1); the second listing was skipped',
    ]);
    const { files } = splitInMemory([read.digest]);
    expect([...files.keys()].map((slug) => [slug, paperOf(files, slug).arxiv_id])).toEqual([
      ["weight-averaging", "2507.00001"],
      ["weight-averaging-2", "2507.00002"],
    ]);
  });
});
