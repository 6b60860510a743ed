/** Page chrome is skipped where it stands on the page, and nowhere else. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDigestText } from "../../../src/sources/pasted-page.ts";
import { EXAMPLE_DIGEST, FIXTURE_DIGESTS } from "../../support/archive.ts";

describe("page chrome", () => {
  it("keeps a paper titled like chrome right after the date line", () => {
    const text =
      "Daily Papers\n\nJul 30\n\nSubscribe\n\nA paper about subscriptions.\n\nNew\n\nA paper about novelty.\n";
    const parsed = parseDigestText(text, "paste.txt");
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries).toEqual([
      { title: "Subscribe", abstract: "A paper about subscriptions.", line: 5 },
      { title: "New", abstract: "A paper about novelty.", line: 9 },
    ]);
  });

  it.each([
    [EXAMPLE_DIGEST, 64, "Scaling Diffusion Transformers Efficiently via $μ$P", 13],
    [
      join(FIXTURE_DIGESTS, "2024-12-31.txt"),
      undefined,
      "Sparse $\\ell_1$ Recovery at $O(n \\log n)$ Cost",
      13,
    ],
    [
      join(FIXTURE_DIGESTS, "2025-01-02.txt"),
      undefined,
      "Sparse $\\ell_1$ Recovery at $O(n \\log n)$ Cost",
      7,
    ],
    [
      join(FIXTURE_DIGESTS, "2025-01-03-hf.txt"),
      undefined,
      "Sparse $\\ell_1$ Recovery at $O(n \\log n)$ Cost",
      3,
    ],
  ])("still skips the real page's chrome in %s", async (file, count, firstTitle, line) => {
    const parsed = parseDigestText((await readFile(file, "utf8")).replace(/^\ufeff/u, ""), file);
    expect(parsed.problems).toEqual([]);
    if (count !== undefined) expect(parsed.entries).toHaveLength(count);
    expect(parsed.entries[0]).toMatchObject({ title: firstTitle, line });
    for (const entry of parsed.entries) {
      expect(["new", "subscribe", "daily papers"]).not.toContain(entry.title.toLowerCase());
    }
  });
});
