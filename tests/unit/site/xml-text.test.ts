import { describe, expect, it } from "vitest";
import { escapeXml } from "../../../src/site/xml-text.ts";
import { parseXml, xmlProblem } from "../../support/site-files.ts";

describe("escapeXml", () => {
  it("escapes markup, ampersands and both quotes", () => {
    expect(escapeXml(`<img src=x onerror=alert("author")> & 'Tom' </dc:creator>`)).toBe(
      "&lt;img src=x onerror=alert(&quot;author&quot;)&gt; &amp; &apos;Tom&apos; &lt;/dc:creator&gt;",
    );
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  it("keeps every other character, in any script", () => {
    for (const text of ["Zoë Lefèvre", "王思远", "Айгерим Садыкова", "Nguyễn Thị Lan", "😀 a\tb"]) {
      expect(escapeXml(text)).toBe(text);
    }
  });

  it("replaces what XML cannot hold (controls, lone surrogates, noncharacters) with U+FFFD", () => {
    expect(escapeXml("a\u0000b\u0008c\u001Fd\u007Fe\uFFFEf\uD800g\uDC00h\uFFFFi")).toBe(
      "a�b�c�d�e�f�g�h�i",
    );
    expect(escapeXml("line\nbreak\r")).toBe("line\nbreak\r");
  });

  it("always gives text that reads back as itself inside an element", () => {
    const texts = ['<script>alert("x")</script>', "]]>", "a < b && c > d", "&lt;", "'\"'"];
    for (const text of texts) {
      const xml = `<creator>${escapeXml(text)}</creator>`;
      expect(xmlProblem(xml), text).toBeUndefined();
      expect(parseXml(xml).querySelector("creator")?.textContent, text).toBe(text);
    }
  });
});
