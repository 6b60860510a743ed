/**
 * Property tests for decoding a file's bytes: a byte that is not UTF-8, or a control character,
 * is reported at its line.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/content/decode.ts";
import { readDigest } from "../../../src/content/digest-file.ts";
import { encoder, layout, render } from "../../support/random-pastes.ts";

describe("decodeText: bytes that are not plain text", () => {
  const BAD_SEQUENCES = [
    [0xff],
    [0xfe],
    [0x80],
    [0xc0, 0x80], // overlong
    [0xed, 0xa0, 0x80], // UTF-16 surrogate
    [0xe2, 0x82], // cut short
    [0xf4, 0x90, 0x80, 0x80], // beyond U+10FFFF
  ];

  it("reports the first byte that is not UTF-8 at its line", () => {
    fc.assert(
      fc.property(
        layout,
        fc.nat(),
        fc.constantFrom(...BAD_SEQUENCES),
        fc.boolean(),
        (d, at, bad, endOfLine) => {
          const eachLine = render({ ...d, bom: false }).text.split(/(\r\n|\r|\n)/u);
          const k = at % Math.ceil(eachLine.length / 2);
          // Put the bad bytes at the start or the end of line k (0-based).
          const line = eachLine[2 * k] ?? "";
          const before = eachLine.slice(0, 2 * k).join("") + (endOfLine ? line : "");
          const after = (endOfLine ? "" : line) + eachLine.slice(2 * k + 1).join("");
          const bytes = new Uint8Array([
            ...encoder.encode(before),
            ...bad,
            ...encoder.encode(after),
          ]);
          const decoded = decodeText(bytes, "d.txt");
          expect(decoded.ok).toBe(false);
          if (!decoded.ok) {
            expect(decoded.problem.line).toBe(k + 1);
            expect(decoded.problem.message).toContain(`byte ${encoder.encode(before).length} `);
          }
          const result = readDigest(bytes, "content/digests/2025-07-30.txt");
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reports a control character at its line", () => {
    fc.assert(
      fc.property(
        layout,
        fc.nat(),
        fc.constantFrom("\u0000", "\u0007", "\u001b", "\u007f", "\u0008", "\u001f"),
        (d, at, control) => {
          const rendered = render(d).text;
          const eachLine = rendered.split(/(\r\n|\r|\n)/u);
          const k = at % Math.ceil(eachLine.length / 2);
          eachLine[2 * k] = `${control}${eachLine[2 * k] ?? ""}`;
          const decoded = decodeText(encoder.encode(eachLine.join("")), "d.txt");
          expect(decoded.ok).toBe(false);
          if (!decoded.ok) expect(decoded.problem.line).toBe(k + 1);
        },
      ),
      { numRuns: 150 },
    );
  });
});
