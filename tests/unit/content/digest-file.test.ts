/** Bad digests: one clear problem each, with file, line, what is wrong and what to do. */
import { describe, expect, it } from "vitest";
import { readDigest } from "../../../src/content/digest-file.ts";
import type { Problem } from "../../../src/content/problem.ts";

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
