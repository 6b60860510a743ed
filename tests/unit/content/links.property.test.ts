/**
 * Property tests for links in abstracts (the `links` key): URLs as a reader would click them,
 * never with the sentence's punctuation, always verbatim from the text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractLinks, findLinks } from "../../../src/content/links.ts";

function count(text: string, char: string): number {
  return [...text].filter((c) => c === char).length;
}

/** The checks every extracted URL must pass, whatever the text. */
function expectClickable(url: string, text: string): void {
  expect(text).toContain(url);
  expect(url).toMatch(/^https?:\/\//iu);
  expect(url).not.toMatch(/[.,;:!?*]$/u);
  expect(url).not.toMatch(/\s/u);
  for (const [close, open] of [
    [")", "("],
    ["]", "["],
    ["}", "{"],
  ] as const) {
    if (url.endsWith(close)) expect(count(url, open)).toBeGreaterThanOrEqual(count(url, close));
  }
}

const segment = fc.stringMatching(/^[A-Za-z0-9_~-]{1,10}$/u);

/** A URL that ends in a letter, digit or balanced bracket: what a reader means to click. */
const cleanUrl = fc
  .record({
    scheme: fc.constantFrom("https://", "http://"),
    host: fc.constantFrom(
      "github.com",
      "arxiv.org",
      "huggingface.co",
      "example.com",
      "x.y.org",
      "localhost:8080",
    ),
    path: fc.array(segment, { maxLength: 4 }),
    wiki: fc.option(segment),
    query: fc.option(fc.tuple(segment, segment)),
    fragment: fc.option(segment),
    dotted: fc.option(fc.constantFrom("v1.2.3", "paper.pdf", "2507.12345")),
  })
  .map(({ scheme, host, path, wiki, query, fragment, dotted }) => {
    let url = `${scheme}${host}`;
    for (const p of path) url += `/${p}`;
    if (dotted) url += `/${dotted}`;
    if (wiki) url += `/A_(${wiki})`;
    if (query) url += `?${query[0]}=${query[1]}&b=1`;
    if (fragment) url += `#${fragment}`;
    return url;
  })
  .filter((url) => /[A-Za-z0-9)]$/u.test(url));

/** How prose wraps a URL: sentence ends, brackets, quotes, emphasis, CJK punctuation. */
const wrapper = fc.constantFrom(
  (u: string) => `${u}`,
  (u: string) => `${u}.`,
  (u: string) => `${u},`,
  (u: string) => `${u};`,
  (u: string) => `${u}:`,
  (u: string) => `${u}!`,
  (u: string) => `${u}?`,
  (u: string) => `${u}...`,
  (u: string) => `(${u})`,
  (u: string) => `(${u}).`,
  (u: string) => `(see ${u}),`,
  (u: string) => `[${u}]`,
  (u: string) => `{${u}}`,
  (u: string) => `"${u}"`,
  (u: string) => `'${u}'`,
  (u: string) => `<${u}>`,
  (u: string) => `\`${u}\``,
  (u: string) => `**${u}**`,
  (u: string) => `(${u}).)`,
);

const WORDS = [
  "Code",
  "is",
  "at",
  "available",
  "Our",
  "project",
  "page:",
  "see",
  "and",
  "Über",
  "模型",
  "$\\ell_1$",
  "<b>x</b>",
];

const prose = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...WORDS).map((w) => ({ text: w, url: null })) },
    {
      weight: 1,
      arbitrary: fc.tuple(cleanUrl, wrapper).map(([url, wrap]) => ({ text: wrap(url), url })),
    },
  ),
  { maxLength: 15 },
);

describe("extractLinks", () => {
  it("finds each URL of a text exactly, without the punctuation around it", () => {
    fc.assert(
      fc.property(prose, fc.constantFrom(" ", "\u00a0", "\n", "\t"), (parts, space) => {
        const text = parts.map((p) => p.text).join(space);
        const expected = [...new Set(parts.flatMap((p) => (p.url ? [p.url] : [])))];
        const links = extractLinks(text);
        expect(links).toEqual(expected);
        for (const url of links) expectClickable(url, text);
      }),
      { numRuns: 400 },
    );
  });

  it("for any text: every URL is verbatim at its index, with no trailing punctuation", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "binary", maxLength: 100 }),
      fc.string({
        unit: fc.oneof(
          fc.constantFrom(
            "https://",
            "http://",
            "a.b",
            "/",
            ".",
            ",",
            ";",
            ":",
            ")",
            "(",
            "]",
            "[",
            "}",
            "{",
          ),
          fc.constantFrom(
            "!",
            "?",
            "*",
            " ",
            "x",
            "é",
            "字",
            "\u00a0",
            "\n",
            "'",
            '"',
            "<",
            ">",
            "_",
          ),
        ),
        maxLength: 60,
      }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        for (const link of findLinks(text)) {
          expect(text.slice(link.index, link.index + link.url.length)).toBe(link.url);
          expectClickable(link.url, text);
        }
        const links = extractLinks(text);
        expect(new Set(links).size).toBe(links.length);
      }),
      { numRuns: 500 },
    );
  });

  it("finds URLs whatever the case of the scheme, as the candidate pattern intends", () => {
    // The candidate pattern is case-insensitive, but the host check after it is not.
    fc.assert(
      fc.property(cleanUrl, fc.constantFrom("HTTPS://", "Https://", "HTTP://"), (url, scheme) => {
        const shouted = url.replace(/^https?:\/\//u, scheme);
        expect(extractLinks(`Code: ${shouted}.`)).toEqual([shouted]);
      }),
      { numRuns: 50 },
    );
  });
});
