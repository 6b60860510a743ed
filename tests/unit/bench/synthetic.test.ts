import { describe, expect, it } from "vitest";
import { syntheticArchive } from "../../../src/bench/synthetic.ts";
import { parseDigestText } from "../../../src/sources/pasted-page.ts";

const titles = (text: string) => parseDigestText(text, "digest.txt").entries.map((e) => e.title);

describe("syntheticArchive", () => {
  it("holds exactly the papers asked for, and a full next day dated after its last", () => {
    const { digests, nextDay } = syntheticArchive({ papers: 1000 });
    const distinct = new Set(digests.flatMap((digest) => titles(digest.text)));
    expect(distinct.size).toBe(1000);
    expect(digests.at(-1)?.name).toBe("2020-01-27.txt");
    expect(nextDay.name).toBe("2020-01-28.txt");
    expect(titles(nextDay.text)).toHaveLength(40);
    expect(nextDay.listings).toBe(40);
  });

  it("says how many papers each day lists", () => {
    const { digests } = syntheticArchive({ papers: 100 });
    for (const digest of digests) expect(digest.listings).toBe(titles(digest.text).length);
  });
});
