import { describe, expect, it } from "vitest";
import type { Paper } from "../../../src/site/archive.ts";
import {
  asciiWord,
  citationKey,
  familyName,
  firstSignificantWord,
} from "../../../src/site/citation-key.ts";

function paper(fields: Partial<Paper>): Paper {
  return {
    slug: "openforge-rl-open-reinforcement-learning",
    title: "OpenForge-RL: Open Reinforcement Learning at Scale",
    date: "2026-02-03",
    dates: ["2026-02-03"],
    topics: [],
    links: [],
    abstract: "",
    notes: "",
    ...fields,
  };
}

describe("citationKey", () => {
  it("is the first author's family name, the arXiv year and the title's first significant word", () => {
    const key = citationKey(
      paper({ authors: ["Zhaoyang Yu", "Zoë Lefèvre"], arxivDate: "2026-01-30" }),
    );
    expect(key).toBe("yu2026openforgerl");
  });

  it("takes the year of the first listing when the arXiv date is unknown", () => {
    expect(citationKey(paper({ authors: ["Ana Souza"], date: "2025-12-31" }))).toBe(
      "souza2025openforgerl",
    );
    expect(
      citationKey(paper({ authors: ["Ana Souza"], date: "2025-12-31", arxivDate: "1999-01-04" })),
    ).toBe("souza1999openforgerl");
  });

  it("writes accented, Cyrillic and Turkish names in ASCII", () => {
    const key = (author: string) => citationKey(paper({ authors: [author] }));
    expect(key("Mateo García-López")).toBe("garcialopez2026openforgerl");
    expect(key("Айгерим Садыкова")).toBe("sadykova2026openforgerl");
    expect(key("Mehmet Yılmaz")).toBe("yilmaz2026openforgerl");
    expect(key("Søren Lindqvist")).toBe("lindqvist2026openforgerl");
  });

  it("falls back to the slug when there is no author, or no ASCII in the first one's name", () => {
    expect(citationKey(paper({}))).toBe("openforge-rl-open-reinforcement-learning");
    expect(citationKey(paper({ authors: [] }))).toBe("openforge-rl-open-reinforcement-learning");
    expect(citationKey(paper({ authors: ["王思远", "Lukas Brenner"] }))).toBe(
      "openforge-rl-open-reinforcement-learning",
    );
  });

  it("holds only [a-z0-9], whatever the name and title", () => {
    const key = citationKey(
      paper({
        authors: ['<img src=x onerror=alert("author")>'],
        title: '<script>alert("x")</script> $\\ell_1$ Über-Fast',
      }),
    );
    expect(key).toBe("onerroralertauthor2026script");
    expect(key).toMatch(/^[a-z0-9]+$/u);
  });
});

const PARTS = { familyName, firstSignificantWord, asciiWord };

describe("the key's parts", () => {
  it.each<[keyof typeof PARTS, string, string]>([
    // The family name is the last word, the one before a comma, and never a suffix.
    ["familyName", "Fatima Zahra El Amrani", "amrani"],
    ["familyName", "Martin Luther King Jr.", "king"],
    ["familyName", "Henry Ford III", "ford"],
    ["familyName", "Lefèvre, Zoë", "lefevre"],
    ["familyName", "Plato", "plato"],
    ["familyName", "Evaluation Team 3", "team"],
    ["familyName", "王思远", ""],
    // A title's first significant word skips function words and reads math as text.
    ["firstSignificantWord", "On the Convergence of Adam", "convergence"],
    ["firstSignificantWord", "Towards a Theory of Everything", "theory"],
    ["firstSignificantWord", "Sparse $\\ell_1$ Recovery", "sparse"],
    ["firstSignificantWord", "$\\ell_1$ Recovery", "l1"],
    ["firstSignificantWord", "基于扩散模型的图像生成", ""],
    ["firstSignificantWord", "The Of And", ""],
    // Letters are folded to ASCII; everything else is dropped.
    ["asciiWord", "Chloé-Dubois's", "chloeduboiss"],
    ["asciiWord", "Nguyễn", "nguyen"],
    ["asciiWord", "<b>", "b"],
  ])("%s(%j) is %j", (part, text, expected) => expect(PARTS[part](text)).toBe(expected));
});
