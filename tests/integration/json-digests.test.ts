/**
 * The split reading JSON digests (Daily Papers API records) beside a pasted one: new papers,
 * existing papers enriched in place with their edits kept, reruns and refetches that write
 * nothing, and a bad JSON digest that stops the split before it writes anything.
 */
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { archivePaths } from "../../src/content/archive-files.ts";
import { loadSiteArchive } from "../../src/site/load-archive.ts";
import { EXAMPLE_DIGEST, makeArchive, PROJECT_ROOT } from "../support/archive.ts";
import {
  expectSucceeded,
  expectUnchangedRerun,
  paperTimes,
  readPapers,
  runSplit,
  splitAndRead,
} from "../support/cli.ts";

const FIXTURES = join(PROJECT_ROOT, "tests", "fixtures", "daily-papers");
const SCALING = "scaling-diffusion-transformers-efficiently-via-mup.md";
const DYNAMIC = "dynamic-constrained-submodular-optimization-with-polylogarithmic-update-time.md";
const RETRIEVAL = "self-correcting-retrieval-for-long-context-question-answering.md";

/** The fields of a fixture record that the tests change. */
interface RawRecord {
  paper: { title?: string; upvotes?: number; githubStars?: number; githubRepo?: string };
  numComments?: number;
}

/** Rewrites a JSON digest of the archive (as npm run fetch would store it), changed by `change`. */
async function editDigest(root: string, name: string, change: (records: RawRecord[]) => void) {
  const file = join(root, "content", "digests", name);
  const records = JSON.parse(await readFile(file, "utf8")) as RawRecord[];
  change(records);
  await writeFile(file, `${JSON.stringify(records, null, 2)}\n`);
}

describe("npm run split with JSON digests beside a pasted one", async () => {
  const root = await makeArchive([EXAMPLE_DIGEST]);
  const papersDir = join(root, "content", "papers");
  expect(runSplit(root).status).toBe(0);

  // A person's edits before any JSON digest arrives: topics, an extra key, a note.
  const original = await readFile(join(papersDir, SCALING), "utf8");
  const edited = original
    .replace(/^topics: .*$/mu, 'topics: ["diffusion-models", "scaling-laws"]')
    .replace(/^links: .*$/mu, "links: []\nreviewed: true # by me")
    .concat("\nMy note: compare with the original μP paper.\n");
  await writeFile(join(papersDir, SCALING), edited);
  const dynamicBefore = await readFile(join(papersDir, DYNAMIC), "utf8");
  const pasted = await readPapers(root);

  await cp(FIXTURES, join(root, "content", "digests"), { recursive: true });
  const { run, papers } = await splitAndRead(root);

  it("adds the JSON digests' new papers to the pasted digest's 64", () => {
    expectSucceeded(run);
    expect(run.stdout).toContain("Read 4 digests (2024-12-30 to 2025-08-01): 74 listings.");
    expect(run.stdout).toContain("Papers: 7 new, 2 updated, 62 unchanged (71 papers in all).");
    expect(run.stdout).toContain(
      "Enriched with API data: 2 existing papers (arXiv id, authors, links or summary added or changed).",
    );
    expect(Object.keys(papers).filter((name) => !(name in pasted))).toEqual([
      "a-survey-of-benchmarks-for-code-agents.md",
      "alert-xss-prompt-injection-via-image-captions.md",
      "revisiting-holographic-bounds-with-neural-estimators.md",
      RETRIEVAL,
      "sparse-probing-without-labels.md",
      "token-budgets-for-agentic-search.md",
      "visual-chain-of-thought-benchmarks-for-multimodal-models.md",
    ]);
  });

  it("enriches a pasted paper in place: same slug, the edits kept, dates grown, the new keys", () => {
    expect(papers[SCALING]).toBe(
      edited
        .replace('dates: ["2025-07-30"]', 'dates: ["2025-07-30", "2025-07-31"]')
        .replace(
          /^(auto_topics: .*)\n/mu,
          [
            "$1",
            'arxiv_id: "2507.22118"',
            'authors: ["王思远", "Lukas Brenner", "Айгерим Садыкова", "Mateo García-López"]',
            'arxiv_date: "2025-07-29"',
            'code: "https://github.com/example-lab/dit-mup"',
            'project_page: "https://example-lab.github.io/dit-mup/"',
            'ai_summary: "μP carries over to diffusion Transformers, so learning rates tuned on small models transfer to large ones."',
            "",
          ].join("\n"),
        ),
    );
    expect(papers[DYNAMIC]).toBe(
      dynamicBefore.replace('dates: ["2025-07-30"]', 'dates: ["2025-07-30", "2025-08-01"]').replace(
        '"learning-theory"]\n---\n',
        [
          '"learning-theory"]',
          'arxiv_id: "2508.00417"',
          'authors: ["Zoë Lefèvre", "José Núñez", "Łukasz Wróbel"]',
          // 2025-07-31T23:30:00-02:00 is already August 1 in UTC.
          'arxiv_date: "2025-08-01"',
          'ai_summary: "A simpler fully dynamic algorithm keeps a (1/2 − ε)-approximate submodular solution with polylogarithmic update time."',
          "---",
          "",
        ].join("\n"),
      ),
    );
  });

  it("writes a new paper with the newest listing's values", () => {
    expect(papers[RETRIEVAL]).toBe(
      [
        "---",
        'title: "Self-Correcting Retrieval for Long-Context Question Answering"',
        'date: "2025-07-31"',
        'dates: ["2025-07-31", "2025-08-01"]',
        "topics: []",
        "links: []",
        "auto_topics: []",
        'arxiv_id: "2507.22954"',
        'authors: ["Дмитрий Иванов", "Ольга Смирнова", "Sergei Petrov"]',
        'arxiv_date: "2025-07-30"',
        'code: "https://github.com/example-nlp/scr-qa"',
        'ai_summary: "Letting a retriever check its own evidence and search again improves long-context answers."',
        "---",
        "Retrieval-augmented models answer long-context questions poorly when the first retrieval misses. We let the model check its own evidence and retrieve again, improving exact match by 9 points on three benchmarks.",
        "",
      ].join("\n"),
    );
  });

  it("keeps markup as text and stores no javascript: link, with a warning naming file and record", () => {
    const file = papers["alert-xss-prompt-injection-via-image-captions.md"] ?? "";
    expect(file).toContain(
      'title: "<script>alert(\\"xss\\")</script> Prompt Injection via <img src=x onerror=alert(1)> Image Captions"',
    );
    expect(file).toContain('code: "https://github.com/example-sec/caption-injection"');
    expect(file).not.toContain("project_page");
    expect(file).not.toContain("javascript:");
    expect(run.stdout).toContain(
      'content/digests/2025-07-31.json:2: record 1: paper.projectPage "javascript:alert(document.cookie)" is not an http(s) URL; it was not stored\n  → nothing to do: the paper is kept without it',
    );
    expect(run.stdout).toContain(
      'content/digests/2024-12-30.json:41: record 2: paper.id "not-an-arxiv-id" is not an arXiv id; no arxiv_id was stored',
    );
  });

  it("writes only the keys a record with null and missing fields has", () => {
    expect(papers["sparse-probing-without-labels.md"]).toContain(
      'auto_topics: ["model-compression"]\narxiv_id: "2507.21877"\n---\n',
    );
    expect(papers["revisiting-holographic-bounds-with-neural-estimators.md"]).toContain(
      'arxiv_id: "hep-th/9901001"\nauthors: ["Ana Souza"]\narxiv_date: "1999-01-04"\n---\n',
    );
  });

  it("gives the site each paper's new keys and each JSON day in upvote order", async () => {
    const archive = await loadSiteArchive(archivePaths(root));
    expect(archive.bySlug.get(SCALING.slice(0, -3))).toMatchObject({
      arxivId: "2507.22118",
      authors: ["王思远", "Lukas Brenner", "Айгерим Садыкова", "Mateo García-López"],
      arxivDate: "2025-07-29",
      code: "https://github.com/example-lab/dit-mup",
      projectPage: "https://example-lab.github.io/dit-mup/",
      notes: "My note: compare with the original μP paper.",
    });
    expect(archive.dayByDate.get("2025-07-31")?.papers.map((paper) => paper.slug)).toEqual([
      RETRIEVAL.slice(0, -3),
      SCALING.slice(0, -3),
      "token-budgets-for-agentic-search",
      "alert-xss-prompt-injection-via-image-captions",
      "sparse-probing-without-labels",
    ]);
  });

  it("changes no byte and touches no file when run again with nothing new", async () => {
    const again = await expectUnchangedRerun(
      root,
      papers,
      "Papers: 0 new, 0 updated, 71 unchanged (71 papers in all).",
    );
    expect(again.stdout).not.toContain("Enriched");
  });

  it("rewrites nothing when a refetched day changed only its counts", async () => {
    await editDigest(root, "2025-07-31.json", (records) => {
      for (const [index, record] of records.entries()) {
        record.paper.upvotes = 100 - index;
        record.numComments = 40 + index;
        if (record.paper.githubStars !== undefined) record.paper.githubStars += 1000;
      }
    });
    await expectUnchangedRerun(root, papers, "Papers: 0 new, 0 updated, 71 unchanged");
  });

  it("updates a paper when a newer listing changes one of its keys", async () => {
    await editDigest(root, "2025-08-01.json", (records) => {
      const [, retrieval] = records;
      if (retrieval) retrieval.paper.githubRepo = "https://codeberg.org/example-nlp/scr-qa";
    });
    const again = runSplit(root);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("Papers: 0 new, 1 updated, 70 unchanged");
    expect(again.stdout).toContain("Enriched with API data: 1 existing paper");
    expect(await readPapers(root)).toEqual({
      ...papers,
      [RETRIEVAL]: papers[RETRIEVAL]?.replace(
        "https://github.com/example-nlp/scr-qa",
        "https://codeberg.org/example-nlp/scr-qa",
      ),
    });
  });

  it("refuses a bad JSON digest with its file, record and fix, and writes nothing", async () => {
    const good = await readPapers(root);
    const times = await paperTimes(root);
    await cp(
      join(FIXTURES, "2025-08-01.json"),
      join(root, "content", "digests", "2025-08-03.json"),
    );
    await editDigest(root, "2025-08-03.json", (records) => {
      const [first, second] = records;
      if (first) first.paper.title = "A paper no file holds yet";
      if (second) delete second.paper.title;
    });
    const bad = runSplit(root);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain(
      "content/digests/2025-08-03.json:52: record 2: paper.title is missing\n  → correct or delete record 2, or fetch the day again: npm run fetch -- --date 2025-08-03",
    );
    expect(await readPapers(root)).toEqual(good);
    expect(await paperTimes(root)).toEqual(times);
  });
});
