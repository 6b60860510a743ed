/** Files saved in UTF-16 or UTF-32 are named as such rather than as a bad byte. */
import { describe, expect, it } from "vitest";
import { decodeEditedFile, decodeUtf8 } from "../../../src/content/decode.ts";

const FIX = "save it as UTF-8";

describe("decodeUtf8: byte order marks of other encodings", () => {
  it.each([
    [[0xff, 0xfe, 0x41, 0x00], "UTF-16 (little-endian)"],
    [[0xfe, 0xff, 0x00, 0x41], "UTF-16 (big-endian)"],
    [[0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00], "UTF-32 (little-endian)"],
    [[0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x41], "UTF-32 (big-endian)"],
  ])("names %j as %s", (bytes, encoding) => {
    expect(decodeUtf8(new Uint8Array(bytes), "f.md", FIX)).toEqual({
      ok: false,
      problem: {
        file: "f.md",
        line: 1,
        message: `the file is saved as ${encoding}, not UTF-8`,
        fix: FIX,
      },
    });
  });

  it("still drops a UTF-8 byte order mark", () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), "f.md", FIX)).toEqual({
      ok: true,
      text: "A",
    });
  });
});

describe("decodeEditedFile", () => {
  it("refuses UTF-16 saved without a byte order mark by its NUL bytes", () => {
    const bytes = new Uint8Array(Buffer.from("---\ntitle: x\n", "utf16le"));
    const decoded = decodeEditedFile(bytes, "f.md");
    expect(decoded.ok === false && decoded.problem).toEqual({
      file: "f.md",
      line: 1,
      message:
        "it holds a NUL character: it is not UTF-8 text (UTF-16 saved without a byte order mark, or a binary file)",
      fix: "save it as UTF-8 (most editors offer the encoding in Save As), then run the command again",
    });
  });
});
