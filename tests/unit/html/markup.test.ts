import { describe, expect, it } from "vitest";
import { escapeHtml, html, trusted } from "../../../src/html/markup.ts";

describe("html", () => {
  it("escapes every value as text, in content and in attributes", () => {
    const title = `<script>alert("x")</script> & 'more'`;
    expect(html`<a title="${title}">${title}</a>`.text).toBe(
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;</a>',
    );
  });

  it("inserts markup as it is, once: a template inside a template is not escaped again", () => {
    const inner = html`<b>${"a < b"}</b>`;
    expect(html`<p>${inner}</p>`.text).toBe("<p><b>a &lt; b</b></p>");
    expect(html`<p>${trusted("<math><mi>x</mi></math>")}</p>`.text).toBe(
      "<p><math><mi>x</mi></math></p>",
    );
  });

  it("joins lists, writes numbers, and leaves out false, null and undefined", () => {
    const items = ["<1>", html`<i>2</i>`, 3];
    expect(html`${items}|${false}|${null}|${undefined}|${0}|${""}`.text).toBe(
      "&lt;1&gt;<i>2</i>3||||0|",
    );
  });
});

describe("escapeHtml", () => {
  it("leaves text without special characters as it is", () => {
    expect(escapeHtml("Sparse attention in O(n) — ≤ 2×")).toBe("Sparse attention in O(n) — ≤ 2×");
  });
});
