/** The split as a person runs it: fixtures over several days and years, edits, reruns, bad input. */
import { existsSync, readFileSync } from "node:fs";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import type { Digest } from "../../src/content/digest-file.ts";
import { EXAMPLE_DIGEST, makeArchive } from "../support/archive.ts";
import { buildSite } from "../support/build-site.ts";
import {
  expectSucceeded,
  expectUnchangedRerun,
  readPapers,
  runScript,
  runSplit,
  splitAndRead,
} from "../support/cli.ts";
import { splitInMemory } from "../support/memory-split.ts";
import { MONTH_ABBREVIATIONS } from "../support/months.ts";
import { scenario, toDigest } from "../support/random-digests.ts";

function frontmatter(text: string) {
  return matter(text, {}).data;
}

describe("npm run split on the fixture archive", async () => {
  const root = await makeArchive();
  const { run, papers } = await splitAndRead(root);

  it("exits 0 and prints a summary", () => {
    expectSucceeded(run);
    expect(run.stdout).toContain("Read 4 digests (2024-12-31 to 2025-01-04): 17 listings.");
    expect(run.stdout).toContain("Papers: 14 new, 0 updated, 0 unchanged (14 papers in all).");
    expect(run.stdout).toMatch(/^ {2}reinforcement-learning +1$/mu);
    expect(run.stdout).toContain(
      "No topic: 3 papers (holographic-entanglement-bounds-in-toy-universes, multilingual-speech-recognition-for-low-resource-languages, yes).",
    );
    // The JSON digest's javascript: links are left out, each with a warning.
    expect(run.stdout).toContain(
      [
        "2 warnings:",
        'content/digests/2025-01-04.json:2: record 1: paper.githubRepo "javascript:alert(1)" is not an http(s) URL; it was not stored',
        "  → nothing to do: the paper is kept without it",
        'content/digests/2025-01-04.json:2: record 1: paper.projectPage "javascript:alert(1)" is not an http(s) URL; it was not stored',
        "  → nothing to do: the paper is kept without it",
      ].join("\n"),
    );
  });

  it("writes one file per paper, with permanent readable slugs", () => {
    expect(Object.keys(papers)).toEqual([
      "a-very-long-title-about-scaling-laws-for-parameter-efficient-fine-tuning-of.md",
      "alert-pwned-attention-is-not-all-you-need.md",
      "alert-title-captions-that-break-viewers.md",
      "holographic-entanglement-bounds-in-toy-universes.md",
      "model-merging-by-weight-averaging.md",
      "mos-mixture-of-shards-for-low-rank-adaptation-2.md",
      "mos-mixture-of-shards-for-low-rank-adaptation.md",
      "multilingual-speech-recognition-for-low-resource-languages.md",
      "paper-9203496cf8.md",
      "rannie-ostanovki-v-obuchenii-nejronnyh-setej.md",
      "reinforcement-learning-from-human-feedback-revisited.md",
      "routing-a-mixture-of-experts-at-trillion-token-scale.md",
      "sparse-ell-1-recovery-at-o-n-log-n-cost.md",
      "yes.md",
    ]);
  });

  it("merges a paper listed on three days into one file with every date", () => {
    const text = papers["sparse-ell-1-recovery-at-o-n-log-n-cost.md"] ?? "";
    expect(frontmatter(text)).toMatchObject({
      title: "Sparse $\\ell_1$ Recovery at $O(n \\log n)$ Cost",
      date: "2024-12-31",
      dates: ["2024-12-31", "2025-01-02", "2025-01-03"],
      links: ["https://github.com/example/l1-recovery"],
    });
  });

  it("keeps text exactly, normalising only whitespace (CRLF, BOM, NBSP, trailing spaces)", () => {
    const text = papers["reinforcement-learning-from-human-feedback-revisited.md"] ?? "";
    const { data, content } = matter(text, {});
    expect(data["title"]).toBe("Reinforcement Learning from Human Feedback, Revisited");
    expect(content).toBe(
      "We revisit RLHF for large language models. Policies improve with reward models.\n",
    );
    expect(data["date"]).toBe("2025-01-02");
  });

  it("keeps HTML-looking text as text, and non-Latin titles word for word", () => {
    const html = matter(papers["alert-pwned-attention-is-not-all-you-need.md"] ?? "", {});
    expect(html.data["title"]).toBe(
      '<script>alert("pwned")</script> Attention Is Not All You Need',
    );
    expect(html.content).toContain("<b>bold</b> claims & <i>italic</i> hedges");
    expect(frontmatter(papers["paper-9203496cf8.md"] ?? "")["title"]).toBe(
      "基于扩散模型的图像生成",
    );
    expect(frontmatter(papers["yes.md"] ?? "")).toMatchObject({ title: "Yes", topics: [] });
    expect(matter(papers["yes.md"] ?? "", {}).content).toBe("No.\n");
  });

  it("gives two papers whose titles slugify alike different slugs", () => {
    expect(
      frontmatter(papers["mos-mixture-of-shards-for-low-rank-adaptation.md"] ?? "")["title"],
    ).toBe("MoS: Mixture of Shards for Low-Rank Adaptation");
    expect(
      frontmatter(papers["mos-mixture-of-shards-for-low-rank-adaptation-2.md"] ?? "")["title"],
    ).toBe("MoS: Mixture-of-Shards for Low-Rank Adaptation");
  });

  it("changes no byte and touches no file when run again with nothing new", async () => {
    await expectUnchangedRerun(root, papers, "Papers: 0 new, 0 updated, 14 unchanged");
  });
});

describe("a person's edits", () => {
  it("survive later splits, which still record new dates", async () => {
    const root = await makeArchive();
    expect(runSplit(root).status).toBe(0);
    const file = join(root, "content", "papers", "model-merging-by-weight-averaging.md");
    const original = await readFile(file, "utf8");
    const edited = original
      .replace(/^topics: .*$/mu, "topics: [model-merging, my-reading-list]")
      .replace(
        /^links: .*$/mu,
        "links: [https://example.org/merge]\nstars: 5\n# read this one first",
      )
      .concat("\nMy notes: compare with model soups.\n");
    await writeFile(file, edited);
    await writeFile(
      join(root, "content", "topics", "my-reading-list.md"),
      "---\nname: Reading list\nphrases: [zzzz]\n---\nMine.\n",
    );

    await writeFile(
      join(root, "content", "digests", "2026-03-01.txt"),
      "Mar 1\n\nModel Merging by Weight Averaging\n\nWe merge fine-tuned models by averaging their weights; model merging beats ensembling at the same cost. A price of $5 per GPU hour is not math.\n",
    );
    const run = runSplit(root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Papers: 0 new, 1 updated, 13 unchanged");
    expect(await readFile(file, "utf8")).toBe(
      edited.replace('dates: ["2025-01-03"]', 'dates: ["2025-01-03", "2026-03-01"]'),
    );
  });

  it("to topics survive re-applying a changed taxonomy with npm run topics", async () => {
    const root = await makeArchive();
    expect(runSplit(root).status).toBe(0);
    const file = join(
      root,
      "content",
      "papers",
      "reinforcement-learning-from-human-feedback-revisited.md",
    );
    const original = await readFile(file, "utf8");
    expect(frontmatter(original)["topics"]).toEqual([
      "reinforcement-learning",
      "large-language-models",
    ]);
    // By hand: drop large-language-models, add model-merging.
    await writeFile(
      file,
      original.replace(/^topics: .*$/mu, 'topics: ["reinforcement-learning", "model-merging"]'),
    );
    // The taxonomy changes: reward models now count as alignment.
    await writeFile(
      join(root, "content", "topics", "alignment.md"),
      '---\nname: "Alignment"\nphrases: ["reward model", "RLHF"]\n---\nAligning models with people.\n',
    );
    const run = runScript("topics", ["--root", root]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ {2}alignment +1$/mu);
    expect(frontmatter(await readFile(file, "utf8"))).toMatchObject({
      topics: ["reinforcement-learning", "model-merging", "alignment"],
      auto_topics: ["reinforcement-learning", "alignment", "large-language-models"],
    });
    const rerun = runScript("topics", ["--root", root]);
    expect(rerun.stdout).toContain("0 updated");
  });
});

describe("bad input", () => {
  it("reports every problem with file and line, exits 1 and writes nothing", async () => {
    const root = await makeArchive();
    const digests = join(root, "content", "digests");
    await writeFile(join(digests, "2025-02-01.txt"), "");
    await writeFile(join(digests, "2025-02-02.txt"), "Feb 3\n\nTitle\n\nAbstract.\n");
    await writeFile(join(digests, "2025-02-30.txt"), "Title\n\nAbstract.\n");
    await writeFile(join(digests, "2025-02-04.txt"), "Feb 4\n\nTitle\n\nAbstract.\n\nCut Short\n");
    await writeFile(join(digests, "2025-02-05.txt"), Buffer.from([0x54, 0xff, 0x0a]));
    await writeFile(join(digests, "notes.txt"), "Title\n\nAbstract.\n");

    const run = runSplit(root);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n");
    expect(lines[0]).toBe("6 problems found; nothing was written.");
    for (const expected of [
      "content/digests/2025-02-01.txt: the file is empty",
      "content/digests/2025-02-02.txt:1: the date line says Feb 3 but the file name says 2025-02-02",
      'content/digests/2025-02-30.txt: the file name "2025-02-30.txt" names a day that does not exist',
      'content/digests/2025-02-04.txt:7: the title "Cut Short" has no abstract after it',
      "content/digests/2025-02-05.txt:1: byte 1 (0xff) is not UTF-8 text",
      'content/digests/notes.txt: the file name "notes.txt" does not start with the digest\'s date',
    ]) {
      expect(run.stderr).toContain(expected);
    }
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(existsSync(join(root, "content", "papers"))).toBe(false);
  });

  it("a broken paper file stops the split before it writes anything", async () => {
    const root = await makeArchive();
    expect(runSplit(root).status).toBe(0);
    const broken = join(root, "content", "papers", "yes.md");
    await writeFile(broken, '---\ntitle: "Yes"\ndate: "2024-12-31"\ndates: "soon"\n---\nNo.\n');
    await cp(EXAMPLE_DIGEST, join(root, "content", "digests", "2025-07-30.txt"));
    const run = runSplit(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("content/papers/yes.md:4: dates: ");
    expect(Object.keys(await readPapers(root))).toHaveLength(14);
  });
});

describe("time zones", () => {
  it("give byte-identical output in Pacific/Kiritimati (UTC+14) and America/Adak (UTC-10)", async () => {
    const east = await makeArchive();
    const west = await makeArchive();
    expect(runSplit(east, { TZ: "Pacific/Kiritimati" }).status).toBe(0);
    expect(runSplit(west, { TZ: "America/Adak" }).status).toBe(0);
    expect(await readPapers(east)).toEqual(await readPapers(west));
  });
});

describe("npm run add", () => {
  it("stores a paste that says only 'Jul 30' under the most recent Jul 30, and says so", async () => {
    const root = await makeArchive([]);
    const run = runScript("add", [
      EXAMPLE_DIGEST.replace(/2025-07-30\.txt$/u, "2025-07-30.txt"),
      "--root",
      root,
    ]);
    // The example's name carries its date, so it wins over the header's month and day.
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Date 2025-07-30: from the file name.");
    expect(run.stdout).toContain("Stored 64 papers as content/digests/2025-07-30.txt.");

    const pasted = await readFile(EXAMPLE_DIGEST);
    const fromStdin = runScript("add", ["-", "--root", root], { input: pasted });
    const today = new Date();
    const thisYear = today.getFullYear();
    const passed = today.getMonth() > 6 || (today.getMonth() === 6 && today.getDate() >= 30);
    const expected = `${passed ? thisYear : thisYear - 1}-07-30`;
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toContain(
      `Date ${expected}: the date line says "Jul 30" (line 11) without a year`,
    );
    expect(await readFile(join(root, "content", "digests", `${expected}.txt`))).toEqual(pasted);
  });

  it("takes --date, refuses one that contradicts the paste, and does not store a paste twice", async () => {
    const root = await makeArchive([]);
    const ok = runScript("add", [EXAMPLE_DIGEST, "--date", "2025-07-30", "--root", root]);
    expect(ok.stdout).toContain("Date 2025-07-30: from --date.");
    const twice = runScript("add", [EXAMPLE_DIGEST, "--date", "2025-07-30", "--root", root]);
    expect(twice.stdout).toContain(
      "content/digests/2025-07-30.txt already holds this digest; nothing was written.",
    );
    const wrong = runScript("add", [EXAMPLE_DIGEST, "--date", "2025-07-31", "--root", root]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(
      "2025-07-30.txt:11: the date line says Jul 30 but --date says 2025-07-31",
    );
  });

  it("explains what is missing when a paste has no date at all", async () => {
    const root = await makeArchive([]);
    const run = runScript("add", ["-", "--root", root], { input: "A Title\n\nAn abstract.\n" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("<stdin>: no date anywhere");
    expect(run.stderr).toContain("--date YYYY-MM-DD");
  });

  it("reports a path that does not exist without a stack trace", async () => {
    const run = runScript("add", ["no-such-file.txt"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("no-such-file.txt: cannot read it: there is no such file");
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });

  it("answers a wrong option with usage, exit 2", () => {
    const run = runScript("split", ["--frobnicate"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage: npm run split");
  });
});

describe("paper identity and taking back a digest, as npm run split and the site see them", async () => {
  const root = await makeArchive();
  expect(runSplit(root).status).toBe(0);
  const digests = join(root, "content", "digests");
  const paperFile = (slug: string) => join(root, "content", "papers", `${slug}.md`);
  // The 2024-12-31 digest was dated wrongly: taken back.
  await rm(join(digests, "2024-12-31.txt"));
  // Another paper with a stored paper's title, and a re-listing of a paper whose title a person edited.
  const merging = await readFile(paperFile("model-merging-by-weight-averaging"), "utf8");
  await writeFile(
    paperFile("model-merging-by-weight-averaging"),
    merging.replace(
      'title: "Model Merging by Weight Averaging"',
      'title: "Model Merging (my title)"',
    ),
  );
  await writeFile(
    join(digests, "2025-02-01.txt"),
    [
      "Feb 1",
      "",
      "Model Merging by Weight Averaging",
      "",
      "We merge fine-tuned models by averaging their weights; model merging beats ensembling at the same cost. A price of $5 per GPU hour is not math.",
      "",
      "Yes",
      "",
      "A second paper called Yes: a benchmark of affirmative answers in dialogue systems.",
      "",
    ].join("\n"),
  );
  const run = runSplit(root);
  const papers = await readPapers(root);

  it("keeps each paper's file, takes the digest's date out of dates, and says which papers no digest lists", () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Papers: 1 new, 7 updated, 7 unchanged (15 papers in all).");
    expect(frontmatter(papers["sparse-ell-1-recovery-at-o-n-log-n-cost.md"] ?? "")).toMatchObject({
      date: "2025-01-02",
      dates: ["2025-01-02", "2025-01-03"],
    });
    expect(frontmatter(papers["alert-pwned-attention-is-not-all-you-need.md"] ?? "")).toMatchObject(
      {
        date: "2024-12-31",
        dates: [],
      },
    );
    for (const slug of [
      "a-very-long-title-about-scaling-laws-for-parameter-efficient-fine-tuning-of",
      "alert-pwned-attention-is-not-all-you-need",
      "paper-9203496cf8",
      "rannie-ostanovki-v-obuchenii-nejronnyh-setej",
      "yes",
    ]) {
      expect(run.stdout).toContain(
        `content/papers/${slug}.md: no digest lists this paper any more; its page stays at the same address, under no day\n  → nothing to do if its digest was taken back on purpose; if not, restore the digest and split again; to remove the paper, delete this file`,
      );
    }
  });

  it("stores a second paper of one title in its own file, and says so naming both", () => {
    expect(matter(papers["yes-2.md"] ?? "", {})).toMatchObject({
      data: { title: "Yes", date: "2025-02-01", dates: ["2025-02-01"] },
      content:
        "A second paper called Yes: a benchmark of affirmative answers in dialogue systems.\n",
    });
    expect(matter(papers["yes.md"] ?? "", {}).content).toBe("No.\n");
    expect(run.stdout).toContain(
      "content/digests/2025-02-01.txt:7: has the same title as content/papers/yes.md but a clearly different abstract: it is another paper, stored as content/papers/yes-2.md",
    );
  });

  it("finds a paper whose title a person edited by its abstract, with no -2", () => {
    expect(Object.keys(papers).filter((name) => name.startsWith("model-merging"))).toEqual([
      "model-merging-by-weight-averaging.md",
    ]);
    expect(frontmatter(papers["model-merging-by-weight-averaging.md"] ?? "")).toMatchObject({
      title: "Model Merging (my title)",
      dates: ["2025-01-03", "2025-02-01"],
    });
  });

  it("changes nothing when run again", async () => {
    await expectUnchangedRerun(root, papers, "Papers: 0 new, 0 updated, 15 unchanged");
  });

  it("builds a site with no page for the day taken back, each paper on its own day", () => {
    const dist = join(root, "dist");
    buildSite(root, dist);
    const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
    expect(existsSync(join(dist, "dates", "2024", "12", "31"))).toBe(false);
    // The calendar had one day in 2024: the year is gone with it.
    expect(existsSync(join(dist, "dates", "2024"))).toBe(false);
    expect(html("dates")).not.toContain("/dates/2024/");
    const sitemap = readFileSync(join(dist, "sitemap-0.xml"), "utf8");
    expect(sitemap).not.toContain("/dates/2024/");
    expect(sitemap).toContain("https://example.org/papers/yes/");
    const day = html("dates/2025/02/01");
    expect(day.indexOf('href="/papers/model-merging-by-weight-averaging/"')).toBeGreaterThan(0);
    expect(day).toContain('href="/papers/yes-2/"');
    expect(day).not.toContain('href="/papers/yes/"');
    const taken = html("papers/yes");
    expect(taken).toContain("First listed on");
    expect(taken).toContain("no digest lists it any more");
    expect(taken).not.toContain("/dates/2024/12/31/");
    expect(html("papers/yes-2")).toContain("A second paper called Yes");
    // Still a paper of the archive: in the feed and the sitemap.
    const feed = readFileSync(join(dist, "rss.xml"), "utf8");
    expect(feed).toContain("https://example.org/papers/yes/");
    expect(feed).toContain("https://example.org/papers/yes-2/");
  });
});

describe("npm run split over random digest sequences", () => {
  /** A pasted digest's text: its date line, then each title and abstract. */
  function pasted(digest: Digest): string {
    const day = Number(digest.date.slice(8, 10));
    const month = MONTH_ABBREVIATIONS[Number(digest.date.slice(5, 7)) - 1];
    const papers = digest.entries.map((entry) => `${entry.title}\n\n${entry.abstract}\n`);
    return [`${month} ${day}\n`, ...papers].join("\n");
  }

  it("writes the files the planner plans, run after run, digests taken back included", async () => {
    const samples = fc.sample(scenario, { numRuns: 3, seed: 20_261_127 });
    for (const { papers, digests, runs } of samples) {
      const root = await makeArchive([]);
      // Pasted digests carry no arXiv ids.
      const all = digests.map((spec) => {
        const digest = toDigest(spec, papers);
        return { ...digest, entries: digest.entries.map(({ details: _, ...entry }) => entry) };
      });
      let planned = new Map<string, string>();
      for (const present of runs.filter((run) => run.some(Boolean)).slice(0, 2)) {
        for (const [index, digest] of all.entries()) {
          const path = join(root, digest.file);
          if (present[index]) await writeFile(path, pasted(digest));
          else await rm(path, { force: true });
        }
        const run = runSplit(root);
        expect(run.stderr).toBe("");
        expect(run.status).toBe(0);
        planned = splitInMemory(
          all.filter((_, index) => present[index]),
          planned,
        ).files;
        const shown = (text: string) => {
          const { data, content } = matter(text, {});
          return { title: data["title"], date: data["date"], dates: data["dates"], content };
        };
        const written = Object.fromEntries(
          Object.entries(await readPapers(root)).map(([name, text]) => [name, shown(text)]),
        );
        const expected = Object.fromEntries(
          [...planned].map(([slug, text]) => [`${slug}.md`, shown(text)]),
        );
        expect(written).toEqual(expected);
      }
    }
  });
});
