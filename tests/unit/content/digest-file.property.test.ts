/**
 * Property tests for reading a digest file: its date settled from the file name and the date
 * line, and no bytes at all make the reader crash.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDigest } from "../../../src/content/digest-file.ts";
import { parseDigestText } from "../../../src/sources/pasted-page.ts";
import { expectWellFormed } from "../../support/problems.ts";
import { calendarDay, datedDigest, encoder, layout, render } from "../../support/random-pastes.ts";

/** Lines in a byte string, counting LF, CRLF and lone CR as line ends. */
function lineCountOfBytes(bytes: Uint8Array): number {
  let lines = 1;
  bytes.forEach((byte, i) => {
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) lines++;
  });
  return lines;
}

describe("readDigest: the digest's day", () => {
  it("reads any layout as its file name's day, with the papers the page parser finds", () => {
    fc.assert(
      fc.property(datedDigest, ({ d, day, file }) => {
        const { text } = render(d);
        const parsed = parseDigestText(text, file);
        const result = readDigest(encoder.encode(text), file);
        if (!result.ok) expect(result.problems).toEqual([]);
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.digest.date).toBe(day);
          expect(result.digest.file).toBe(file);
          expect(result.digest.entries).toEqual(parsed.entries);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reports a header date that contradicts the file name at the date line", () => {
    const mismatch = fc
      .record({
        d: layout.filter((d) => d.date !== null),
        other: calendarDay,
        suffix: fc.constantFrom(".txt", "-hf.txt"),
      })
      .filter(({ d, other }) => {
        const header = d.date?.header;
        if (!header) return false;
        return (
          header.month !== other.month ||
          header.day !== other.day ||
          (header.year !== undefined && header.year !== other.year)
        );
      });
    fc.assert(
      fc.property(mismatch, ({ d, other, suffix }) => {
        const { text, dateLine } = render(d);
        const file = `content/digests/${other.iso}${suffix}`;
        const result = readDigest(encoder.encode(text), file);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.problems).toHaveLength(1);
          expect(result.problems[0]?.line).toBe(dateLine);
          expect(result.problems[0]?.file).toBe(file);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("readDigest: any bytes", () => {
  const anyPath = fc.oneof(
    fc.constantFrom(
      "content/digests/2025-07-30.txt",
      "2024-02-29-hf.txt",
      "2025-02-30.txt",
      "x/2025-13-01.txt",
      "notes.txt",
      "2025-07-30.md",
      "C:\\digests\\2025-07-30.txt",
    ),
    fc.string({ maxLength: 30 }),
  );

  /** Real digests with a few bytes overwritten: mostly text, sometimes broken. */
  const mutatedDigest = layout
    .map((d) => encoder.encode(render(d).text))
    .chain((bytes) =>
      fc
        .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 })
        .map((edits) => {
          const copy = bytes.slice();
          for (const [at, value] of edits) {
            if (copy.length > 0) copy[at % copy.length] = value;
          }
          return copy;
        }),
    );

  const anyBytes = fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    fc.uint8Array({ min: 0x09, max: 0x7e, maxLength: 400 }),
    mutatedDigest,
  );

  it("never throws: either a digest or problems that name the file, a line, what and how", () => {
    fc.assert(
      fc.property(anyBytes, anyPath, (bytes, file) => {
        const result = readDigest(bytes, file);
        const maxLine = lineCountOfBytes(bytes);
        for (const warning of result.warnings) expectWellFormed(warning, file, maxLine);
        if (result.ok) {
          expect(result.digest.file).toBe(file);
          expect(result.digest.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
          expect(result.digest.entries.length).toBeGreaterThan(0);
          for (const entry of result.digest.entries) {
            expect(entry.title).not.toBe("");
            expect(entry.abstract).not.toBe("");
          }
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expectWellFormed(problem, file, maxLine);
        }
      }),
      { numRuns: 500 },
    );
  });
});
