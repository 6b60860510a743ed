/** Bad digests: one clear problem each, with file, line, what is wrong and what to do. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDigest } from "../../../src/content/digest-file.ts";
import { formatProblem, type Problem } from "../../../src/content/problem.ts";
import { PROJECT_ROOT } from "../../support/archive.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

function problemsOf(text: string | Uint8Array, file = "content/digests/2025-07-30.txt"): Problem[] {
  const result = readDigest(typeof text === "string" ? utf8(text) : text, file);
  if (result.ok) throw new Error("expected problems, got a digest");
  return result.problems;
}

const PAPER = "A Title\n\nAn abstract.\n";

describe("digest problems", () => {
  it("an empty file", () => {
    const [problem, ...rest] = problemsOf(" \n\n\t\n");
    expect(rest).toEqual([]);
    expect(problem?.message).toBe("the file is empty");
    expect(problem?.file).toBe("content/digests/2025-07-30.txt");
  });

  it("a file with only the page header", () => {
    const [problem] = problemsOf("new\n\nDaily Papers\n\nJul 30\n");
    expect(problem?.message).toMatch(/no papers found/u);
    expect(problem?.line).toBe(5);
  });

  it("no date anywhere: the file name has none", () => {
    const [problem] = problemsOf(PAPER, "content/digests/todays-papers.txt");
    expect(problem?.message).toMatch(/does not start with the digest's date/u);
    expect(problem?.fix).toMatch(/npm run add/u);
  });

  it("a header date that contradicts the file name", () => {
    const [problem] = problemsOf(`Daily Papers\n\nJul 31\n\n${PAPER}`);
    expect(problem).toMatchObject({ line: 3 });
    expect(problem?.message).toBe("the date line says Jul 31 but the file name says 2025-07-30");
  });

  it("a header year that contradicts the file name", () => {
    const [problem] = problemsOf(`July 30, 2024\n\n${PAPER}`);
    expect(problem?.message).toMatch(/Jul 30, 2024 but the file name says 2025-07-30/u);
  });

  it("an impossible date in the header", () => {
    const [problem] = problemsOf(`Feb 30\n\n${PAPER}`, "content/digests/2025-02-28.txt");
    expect(problem).toMatchObject({ line: 1 });
    expect(problem?.message).toMatch(/does not exist/u);
  });

  it("a file name with a space after the date is dated", () => {
    const result = readDigest(utf8(PAPER), "content/digests/2025-07-30 digest.txt");
    expect(result.ok && result.digest.date).toBe("2025-07-30");
    const [problem] = problemsOf(PAPER, "content/digests/2025-07-301.txt");
    expect(problem?.message).toMatch(/does not start with the digest's date/u);
  });

  it("an impossible date in the file name", () => {
    const [problem] = problemsOf(PAPER, "content/digests/2025-02-29.txt");
    expect(problem?.message).toMatch(/names a day that does not exist/u);
  });

  it("a truncated paste: a last title with no abstract", () => {
    const [problem] = problemsOf(`Jul 30\n\n${PAPER}\nA Second Title\n`);
    expect(problem).toMatchObject({ line: 7 });
    expect(problem?.message).toBe(
      'the title "A Second Title" has no abstract after it (the paste looks cut short)',
    );
  });

  it("a missing blank line between a title and its abstract", () => {
    const abstract = "We study things. ".repeat(30).trim();
    const [problem] = problemsOf(
      `Jul 30\n\nA Title\n${abstract}\n\nNext Title\n\nNext abstract.\n`,
    );
    expect(problem).toMatchObject({ line: 3 });
    expect(problem?.message).toMatch(/reads like an abstract/u);
  });

  it("bytes that are not UTF-8, at their line", () => {
    const latin1 = Uint8Array.from([...utf8("Jul 30\n\nCaf"), 0xe9, ...utf8("\n\nAbstract.\n")]);
    const [problem] = problemsOf(latin1);
    expect(problem).toMatchObject({ line: 3 });
    expect(problem?.message).toBe("byte 11 (0xe9) is not UTF-8 text");
  });

  it("a paste saved as UTF-16, named as such", () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from("Jul 30\n\nA Title\n", "utf16le")]);
    const [problem] = problemsOf(utf16);
    expect(problem).toMatchObject({
      line: 1,
      message: "the file is saved as UTF-16 (little-endian), not UTF-8",
    });
    expect(problem?.fix).toMatch(/^save the digest as UTF-8/u);
  });

  it("a binary file", () => {
    const [problem] = problemsOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(problem?.message).toMatch(/not UTF-8 text|control character/u);
  });
});

describe("digest warnings", () => {
  it("a paper listed twice in one digest is kept once, with a warning", () => {
    const result = readDigest(
      utf8(`Jul 30\n\n${PAPER}\n${PAPER}`),
      "content/digests/2025-07-30.txt",
    );
    expect(result.ok && result.digest.entries).toHaveLength(1);
    expect(result.warnings[0]?.line).toBe(7);
  });
});

describe("digest formats", () => {
  it("accepts CRLF, a BOM, non-breaking and trailing spaces, and a dated file-name suffix", () => {
    const text =
      "\ufeffDaily Papers\r\n\r\nJul 30\r\n\r\nA\u00a0Title  \r\n\r\nAn   abstract\u00a0here. \r\n";
    const result = readDigest(utf8(text), "content/digests/2025-07-30-hf.txt");
    expect(result.ok && result.digest.entries).toEqual([
      { title: "A Title", abstract: "An abstract here.", line: 5 },
    ]);
  });

  it("accepts a digest with no header at all", () => {
    const result = readDigest(utf8(PAPER), "content/digests/2025-07-30.txt");
    expect(result.ok && result.digest.entries.map((entry) => entry.title)).toEqual(["A Title"]);
  });

  it("accepts header dates written in full or as ISO", () => {
    for (const header of ["July 30", "Jul 30, 2025", "30 July 2025", "2025-07-30"]) {
      const result = readDigest(utf8(`${header}\n\n${PAPER}`), "content/digests/2025-07-30.txt");
      expect(result.ok, header).toBe(true);
    }
  });

  it("joins an abstract wrapped over several lines", () => {
    const result = readDigest(utf8("A Title\n\nFirst half\nsecond half.\n"), "d/2025-07-30.txt");
    expect(result.ok && result.digest.entries[0]?.abstract).toBe("First half second half.");
  });
});

describe("JSON digests (Daily Papers API records)", () => {
  const FIXTURES = join(PROJECT_ROOT, "tests", "fixtures", "daily-papers");
  const JSON_FILE = "content/digests/2025-08-02.json";

  const record = (title: unknown, upvotes?: number) => ({
    paper: {
      id: "2508.01234",
      title,
      summary: "An abstract.",
      ...(upvotes === undefined ? {} : { upvotes }),
    },
    numComments: 0,
  });
  const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const twoRecords = pretty([record("First"), record("Second")]);

  it("reads a fetched day: ordered by upvotes, ties and missing counts in API order", async () => {
    const file = "content/digests/2025-07-31.json";
    const result = readDigest(await readFile(join(FIXTURES, "2025-07-31.json")), file);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    expect(result.digest.date).toBe("2025-07-31");
    expect(result.digest.entries.map((entry) => [entry.line, entry.title])).toEqual([
      [121, "Self-Correcting Retrieval for Long-Context Question Answering"],
      [50, "Scaling Diffusion Transformers Efficiently via $μ$P"],
      [209, "Token Budgets for Agentic Search"],
      [
        2,
        '<script>alert("xss")</script> Prompt Injection via <img src=x onerror=alert(1)> Image Captions',
      ],
      [173, "Sparse Probing Without Labels"],
    ]);
    expect(result.warnings.map(formatProblem)).toEqual([
      `${file}:2: record 1: paper.projectPage "javascript:alert(document.cookie)" is not an http(s) URL; it was not stored\n  → nothing to do: the paper is kept without it`,
    ]);
  });

  it("normalises whitespace in titles and abstracts as for pasted digests", () => {
    const text = pretty([record(" A\u00a0Title \n", 1)]).replace(
      '"An abstract."',
      '"An\\n  abstract\\u00a0here. "',
    );
    const result = readDigest(utf8(text), JSON_FILE);
    expect(result.ok && result.digest.entries).toEqual([
      {
        title: "A Title",
        abstract: "An abstract here.",
        line: 2,
        details: { arxiv_id: "2508.01234" },
      },
    ]);
  });

  it("takes the date from the file name, with or without a suffix", () => {
    const text = pretty([record("T")]);
    const result = readDigest(utf8(text), "content/digests/2025-08-02-refetched.json");
    expect(result.ok && result.digest.date).toBe("2025-08-02");
    const [problem] = problemsOf(text, "content/digests/latest.json");
    expect(problem?.fix).toBe(
      "rename it to YYYY-MM-DD.json (for example 2025-07-30.json), the day its papers were listed",
    );
  });

  it.each<[string, string | Uint8Array, number, string, string]>([
    [
      "bytes that are not UTF-8, at their line",
      Uint8Array.from([...utf8('[\n  {\n    "paper": "Caf'), 0xe9, ...utf8('"}\n]\n')]),
      3,
      "byte 23 (0xe9) is not UTF-8 text",
      "fetch the day again (npm run fetch stores UTF-8): npm run fetch -- --date 2025-08-02",
    ],
    [
      "truncated JSON: the line where it ends and the record it ends in",
      twoRecords.slice(0, twoRecords.indexOf('"Second"')),
      13,
      "the JSON ends early, inside record 2: the file looks cut short",
      "fetch the day again: npm run fetch -- --date 2025-08-02",
    ],
    [
      "not an array",
      pretty({ papers: [record("T")] }),
      1,
      "the file holds an object, not a list of Daily Papers records",
      "a JSON digest is the API's list of records for one day; fetch the day again: npm run fetch -- --date 2025-08-02",
    ],
    [
      "an empty array",
      "[]\n",
      1,
      "the file holds no papers (an empty list)",
      "delete it, or once the day has papers, fetch the day again: npm run fetch -- --date 2025-08-02",
    ],
  ])("%s: one problem, with its line and fix", (_, text, line, message, fix) => {
    expect(problemsOf(text, JSON_FILE)).toEqual([{ file: JSON_FILE, line, message, fix }]);
  });

  it("an empty file", () => {
    expect(problemsOf(" \n", JSON_FILE)[0]?.message).toBe("the file is empty");
  });

  it("broken JSON: the line and column, and what was expected there", () => {
    const text = twoRecords.replace("},\n  {", "}\n  {");
    const [problem, ...rest] = problemsOf(text, JSON_FILE);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      line: 10,
      message: "not valid JSON at column 3: expected ',' or ']'",
    });
    expect(problem?.fix).toMatch(/^correct the JSON on that line, or fetch the day again/u);
  });

  it("records without a title, or with one that is not text: record number and line", () => {
    const text = pretty([record("Fine"), { paper: { id: "2508.00002", summary: "S" } }, record(7)]);
    expect(problemsOf(text, JSON_FILE)).toEqual([
      {
        file: JSON_FILE,
        line: 10,
        message: "record 2: paper.title is missing",
        fix: "correct or delete record 2, or fetch the day again: npm run fetch -- --date 2025-08-02",
      },
      {
        file: JSON_FILE,
        line: 16,
        message: "record 3: paper.title must be text, not a number",
        fix: "correct or delete record 3, or fetch the day again: npm run fetch -- --date 2025-08-02",
      },
    ]);
    expect(problemsOf(pretty([record("Fine"), "2508.00002"]), JSON_FILE)[0]).toMatchObject({
      line: 10,
      message: "record 2 must be an object, not a string",
    });
  });

  it("a paper listed twice in one file is kept once, with a warning", () => {
    const result = readDigest(utf8(pretty([record("Same", 1), record("same", 5)])), JSON_FILE);
    expect(result.ok && result.digest.entries.map((entry) => entry.line)).toEqual([2]);
    expect(result.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [
        11,
        'record 2: "same" is listed twice in this file (first as record 1); the second listing was skipped',
      ],
    ]);
  });
});
