import { describe, expect, it } from "vitest";
import { html } from "../../../src/html/markup.ts";
import { FRAME_HOLES, pageFrame } from "../../../src/html/page-frame.ts";

/** A frame as the layout renders it with FRAME_HOLES (the real one: tests/integration). */
const frameHtml = `<title>${FRAME_HOLES.title} · Archive</title><meta name="description" content="${FRAME_HOLES.description}"><link rel="canonical" href="${FRAME_HOLES.canonical}">${FRAME_HOLES.head.text}<main>${FRAME_HOLES.main.text}</main>`;

describe("pageFrame", () => {
  it("fills each hole: text escaped, markup as it is", () => {
    const fill = pageFrame(frameHtml);
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

  it("refuses a frame that lacks a hole or has one twice", () => {
    expect(() => pageFrame(frameHtml.replace(FRAME_HOLES.main.text, ""))).toThrow(
      'The page frame has the hole "main" 0 times, not once.',
    );
    expect(() => pageFrame(frameHtml + FRAME_HOLES.title)).toThrow(
      'The page frame has the hole "title" 2 times, not once.',
    );
  });
});
