import type { Problem } from "./problem.ts";
import { lineOfOffset } from "./text.ts";

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: Problem };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** 1-based line of a byte offset, counting LF, CRLF and lone CR as line ends. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const end = Math.min(i + 4, bytes.length);
    let width = 0;
    for (let n = 1; n <= end - i; n++) {
      try {
        decoder.decode(bytes.subarray(i, i + n));
        width = n;
        break;
      } catch {
        // not a complete sequence yet
      }
    }
    if (width === 0) return i;
    i += width;
  }
  return bytes.length;
}

/** The encodings a byte order mark names, longest mark first. */
const OTHER_BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: "UTF-32 (little-endian)" },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: "UTF-32 (big-endian)" },
  { bytes: [0xff, 0xfe], encoding: "UTF-16 (little-endian)" },
  { bytes: [0xfe, 0xff], encoding: "UTF-16 (big-endian)" },
];

/**
 * Decodes bytes as UTF-8 (a BOM is dropped). A file that starts with the byte order mark of
 * UTF-16 or UTF-32 is named as such; other bytes in another encoding are a problem at the line
 * of the first bad byte, with the given fix.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, fix: string): DecodeResult {
  const bom = OTHER_BOMS.find((mark) => mark.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) {
    return {
      ok: false,
      problem: { file, line: 1, message: `the file is saved as ${bom.encoding}, not UTF-8`, fix },
    };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      ok: false,
      problem: {
        file,
        line: lineOfByte(bytes, offset),
        message: `byte ${offset} (0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")}) is not UTF-8 text`,
        fix,
      },
    };
  }
}

/**
 * Decodes a pasted digest as UTF-8 text (a BOM is dropped). Anything that is not text, such as
 * another encoding or a binary file, is a problem at the line of the first bad byte.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodeResult {
  const decoded = decodeUtf8(
    bytes,
    file,
    "save the digest as UTF-8 (copy the text from the web page into a plain-text editor and save it as UTF-8)",
  );
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  const control = /[\u0000-\u0008\u000e-\u001f\u007f]/u.exec(text);
  if (control) {
    const line = lineOfOffset(text, control.index);
    return {
      ok: false,
      problem: {
        file,
        line,
        message: `control character U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")} found: this is not a plain-text digest`,
        fix: "paste the digest's text into a plain-text file; binary files and terminal escape codes cannot be read",
      },
    };
  }
  return { ok: true, text };
}

/**
 * Decodes a file people edit (a paper or topic file) as UTF-8, as strictly as a digest: a file
 * saved in another encoding is refused at the line of its first bad byte, never read with
 * replacement characters.
 */
export function decodeEditedFile(bytes: Uint8Array, file: string): DecodeResult {
  const fix =
    "save it as UTF-8 (most editors offer the encoding in Save As), then run the command again";
  const decoded = decodeUtf8(bytes, file, fix);
  if (!decoded.ok) return decoded;
  const nul = decoded.text.indexOf("\u0000");
  if (nul >= 0) {
    return {
      ok: false,
      problem: {
        file,
        line: lineOfOffset(decoded.text, nul),
        message:
          "it holds a NUL character: it is not UTF-8 text (UTF-16 saved without a byte order mark, or a binary file)",
        fix,
      },
    };
  }
  return decoded;
}
