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

describe("the key's parts", () => {
  it("reads the family name as the last word, before a comma, and not a suffix", () => {
    expect(familyName("Fatima Zahra El Amrani")).toBe("amrani");
    expect(familyName("Martin Luther King Jr.")).toBe("king");
    expect(familyName("Henry Ford III")).toBe("ford");
    expect(familyName("Lefèvre, Zoë")).toBe("lefevre");
    expect(familyName("Plato")).toBe("plato");
    expect(familyName("Evaluation Team 3")).toBe("team");
    expect(familyName("王思远")).toBe("");
  });

  it("skips function words at the start of a title and reads math as text", () => {
    expect(firstSignificantWord("On the Convergence of Adam")).toBe("convergence");
    expect(firstSignificantWord("Towards a Theory of Everything")).toBe("theory");
    expect(firstSignificantWord("Sparse $\\ell_1$ Recovery")).toBe("sparse");
    expect(firstSignificantWord("$\\ell_1$ Recovery")).toBe("l1");
    expect(firstSignificantWord("基于扩散模型的图像生成")).toBe("");
    expect(firstSignificantWord("The Of And")).toBe("");
  });

  it("folds letters to ASCII and drops everything else", () => {
    expect(asciiWord("Chloé-Dubois's")).toBe("chloeduboiss");
    expect(asciiWord("Nguyễn")).toBe("nguyen");
    expect(asciiWord("<b>")).toBe("b");
  });
});
