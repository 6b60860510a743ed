import { describe, expect, it } from "vitest";
import { html } from "../../../src/html/markup.ts";
import { markupHole, pageFrame, textHole } from "../../../src/html/page-frame.ts";

const HOLES = ["title", "description", "canonical", "head", "main"];

/** A frame as the layout renders it with holes (the real one: tests/integration/site.test.ts). */
const frameHtml = `<title>${textHole("title")} · Archive</title><meta name="description" content="${textHole("description")}"><link rel="canonical" href="${textHole("canonical")}">${markupHole("head").text}<main>${markupHole("main").text}</main>`;

describe("pageFrame", () => {
  it("fills each hole: text escaped, markup as it is", () => {
    const fill = pageFrame(frameHtml, HOLES);
    expect(
      fill({
        title: "</title><script>alert(1)</script>",
        description: `"quoted" & more`,
        canonical: "https://example.org/papers/a/?x=1&y=2",
        head: html`<meta name="citation_title" content="${"A & B"}">`,
        main: html`<h1>${"<i>not markup</i>"}</h1>`,
      }),
    ).toBe(
      '<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; · Archive</title><meta name="description" content="&quot;quoted&quot; &amp; more"><link rel="canonical" href="https://example.org/papers/a/?x=1&amp;y=2"><meta name="citation_title" content="A &amp; B"><main><h1>&lt;i&gt;not markup&lt;/i&gt;</h1></main>',
    );
  });

  it("fills a hole with what the page gives, even text that looks like a hole", () => {
    const fill = pageFrame(frameHtml, HOLES);
    const page = fill({
      title: textHole("main"),
      description: "",
      canonical: "",
      head: html``,
      main: html`x`,
    });
    expect(page).toContain(`<title>${textHole("main")} · Archive</title>`);
    expect(page).toContain("<main>x</main>");
  });

  it("refuses a frame that lacks a hole, has one twice, or has one it was not told of", () => {
    expect(() => pageFrame(frameHtml.replace(markupHole("main").text, ""), HOLES)).toThrow(
      'The page frame has the hole "main" 0 times, not once.',
    );
    expect(() => pageFrame(frameHtml + textHole("title"), HOLES)).toThrow(
      'The page frame has the hole "title" 2 times, not once.',
    );
    expect(() => pageFrame(frameHtml, HOLES.slice(1))).toThrow(
      "The page frame has unknown holes: title.",
    );
  });
});
