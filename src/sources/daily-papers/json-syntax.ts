/**
 * Checks JSON text against the JSON grammar (RFC 8259) without building values, so that a
 * syntax error has an exact offset whatever the JavaScript engine's messages say, and finds where
 * each element of a top-level array starts, so that records can be named by their line.
 */

export type JsonSyntax =
  | {
      ok: true;
      /** Offsets where the top-level array's elements start; undefined when it is not an array. */
      elements?: number[];
    }
  | {
      ok: false;
      /** Where the text stops being JSON. */
      offset: number;
      /** The text ended inside a value: it was cut short. */
      truncated: boolean;
      /** What the grammar needed there. */
      expected: string;
      /** Elements of the top-level array that started before the error. */
      elements: number;
    };

/** Deeper nesting than any record has: a file nested deeper is not a digest (and would overflow the stack). */
const MAX_DEPTH = 256;

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings may not hold them raw.
const PLAIN_CHARACTERS = /[^"\\\u0000-\u001f]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
// What is left of a number or an escape cut off by the end of the text ("-", "1.", "2e+", "\u00").
const NUMBER_AT_END = /-?(?:(?:0|[1-9]\d*)(?:\.\d*|\.\d+[eE][+-]?\d*|[eE][+-]?\d*)?)?$/y;
const ESCAPE_AT_END = /\\(?:u[0-9a-fA-F]{0,3})?$/y;
const LITERALS = ["true", "false", "null"];

class SyntaxFailure {
  readonly offset: number;
  readonly expected: string;

  constructor(offset: number, expected: string) {
    this.offset = offset;
    this.expected = expected;
  }
}

class Scanner {
  readonly text: string;
  index = 0;
  readonly elements: number[] = [];

  constructor(text: string) {
    this.text = text;
  }

  fail(expected: string): never {
    throw new SyntaxFailure(this.index, expected);
  }

  skipWhitespace(): void {
    WHITESPACE.lastIndex = this.index;
    WHITESPACE.test(this.text);
    this.index = WHITESPACE.lastIndex;
  }

  value(depth: number): void {
    this.skipWhitespace();
    const char = this.text[this.index];
    if (char === "{") this.container(depth, "}", () => this.member(depth));
    else if (char === "[") this.container(depth, "]", () => this.value(depth + 1));
    else if (char === '"') this.string();
    else if (char === "-" || /\d/u.test(char ?? "")) this.match(NUMBER, "a number", NUMBER_AT_END);
    else this.literal();
  }

  /** `{…}` or `[…]`: items separated by commas, none after the last. */
  container(depth: number, close: string, item: () => void): void {
    if (depth >= MAX_DEPTH) this.fail(`at most ${MAX_DEPTH} levels of nesting`);
    this.index++;
    this.skipWhitespace();
    if (this.text[this.index] === close) {
      this.index++;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      if (depth === 0 && close === "]") this.elements.push(this.index);
      item();
      this.skipWhitespace();
      const char = this.text[this.index];
      this.index++;
      if (char === close) return;
      if (char !== ",") {
        this.index--;
        this.fail(`',' or '${close}'`);
      }
    }
  }

  member(depth: number): void {
    if (this.text[this.index] !== '"') this.fail("a property name in double quotes");
    this.string();
    this.skipWhitespace();
    if (this.text[this.index] !== ":") this.fail("':' after the property name");
    this.index++;
    this.value(depth + 1);
  }

  string(): void {
    this.index++;
    for (;;) {
      PLAIN_CHARACTERS.lastIndex = this.index;
      PLAIN_CHARACTERS.test(this.text);
      this.index = PLAIN_CHARACTERS.lastIndex;
      const char = this.text[this.index];
      if (char === undefined) this.fail("the closing '\"' of a string");
      if (char === '"') {
        this.index++;
        return;
      }
      if (char === "\\") this.match(ESCAPE, 'an escape such as \\n, \\" or \\u00e9', ESCAPE_AT_END);
      else this.fail("no control character inside a string (write it as \\u00XX)");
    }
  }

  /** Matches `pattern` here; text that matches `atEnd` instead, up to the end, was cut short. */
  match(pattern: RegExp, expected: string, atEnd: RegExp): void {
    pattern.lastIndex = this.index;
    const matched = pattern.test(this.text);
    const end = matched ? pattern.lastIndex : this.index;
    atEnd.lastIndex = this.index;
    if (end < this.text.length && atEnd.test(this.text)) {
      this.index = this.text.length;
      this.fail(expected);
    }
    if (!matched) this.fail(expected);
    this.index = end;
  }

  literal(): void {
    const word = LITERALS.find((literal) => this.text.startsWith(literal, this.index));
    if (word !== undefined) {
      this.index += word.length;
      return;
    }
    const rest = this.text.slice(this.index);
    // The start of a literal at the very end ("tr") was cut short, like an open string.
    if (rest !== "" && LITERALS.some((literal) => literal.startsWith(rest))) {
      this.index = this.text.length;
    }
    this.fail("a value");
  }
}

/** Whether `text` is one JSON value (whitespace around it allowed), and if not, where it breaks. */
export function checkJsonSyntax(text: string): JsonSyntax {
  const scanner = new Scanner(text);
  scanner.skipWhitespace();
  const isArray = text[scanner.index] === "[";
  try {
    scanner.value(0);
    scanner.skipWhitespace();
    if (scanner.index < text.length) scanner.fail("nothing after the JSON value");
  } catch (error) {
    if (!(error instanceof SyntaxFailure)) throw error;
    return {
      ok: false,
      offset: error.offset,
      truncated: error.offset >= text.length,
      expected: error.expected,
      elements: scanner.elements.length,
    };
  }
  return isArray ? { ok: true, elements: scanner.elements } : { ok: true };
}
