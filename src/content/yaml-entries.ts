/**
 * Where each top-level key of a YAML mapping is in its text, found with the `yaml` package's
 * lossless syntax tree: keys quoted or not, spaced or not, lists in any style, comments anywhere.
 * Only positions come from here; values are always read by the frontmatter reader.
 */
import { CST, Parser, parseDocument } from "yaml";

/** A comment inside a value, kept when the value is rewritten. */
export interface ValueComment {
  text: string;
  /** The spaces before it when it is alone on its line; undefined when it follows other text. */
  indent?: string;
  /** Whether it is on the key's own line. */
  onKeyLine: boolean;
}

/** One `key: value` at the top of the mapping. */
export interface YamlEntry {
  key: string;
  /** Offset of the key (or of its anchor or tag), for its line number. */
  start: number;
  /** Offset just after the `:` that ends the key. */
  valueStart: number;
  /** Offset of the end of the value's last line, before its line break. */
  valueEnd: number;
  comments: ValueComment[];
}

export type YamlEntriesResult = { ok: true; entries: YamlEntry[] } | { ok: false; reason: string };

interface AnyToken {
  type: string;
  offset: number;
  source?: string;
}

/** Every token with a place in the text, in any nesting. */
function sourceTokens(node: unknown, into: AnyToken[] = []): AnyToken[] {
  if (Array.isArray(node)) {
    for (const child of node) sourceTokens(child, into);
  } else if (node !== null && typeof node === "object") {
    const token = node as Partial<AnyToken>;
    if (typeof token.type === "string" && typeof token.offset === "number") {
      into.push(token as AnyToken);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== "type" && key !== "offset" && key !== "source" && key !== "indent") {
        sourceTokens(value, into);
      }
    }
  }
  return into;
}

const TRIVIA = new Set(["space", "newline", "comment"]);

function lineEndAt(text: string, offset: number): number {
  const newline = text.indexOf("\n", offset);
  const end = newline < 0 ? text.length : newline;
  return end > offset && text[end - 1] === "\r" ? end - 1 : end;
}

function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/**
 * The top-level entries of a YAML document that is a block mapping (`key: value` lines).
 * Anything else, or text the syntax tree marks as an error, is refused with the reason.
 */
export function yamlEntries(text: string): YamlEntriesResult {
  const tokens = [...new Parser().parse(text)];
  const documents = tokens.filter((token) => token.type === "document");
  if (sourceTokens(tokens).some((token) => token.type === "error")) {
    return { ok: false, reason: "the frontmatter is not YAML the split can follow" };
  }
  if (documents.length > 1) {
    return { ok: false, reason: "the frontmatter holds more than one YAML document" };
  }
  const value = documents[0]?.type === "document" ? documents[0].value : undefined;
  if (value === undefined) return { ok: true, entries: [] };
  if (value.type !== "block-map") {
    return { ok: false, reason: "the frontmatter is not written as one `key: value` per line" };
  }
  const entries: YamlEntry[] = [];
  for (const item of value.items) {
    const colon = item.sep?.find((token) => token.type === "map-value-ind");
    if (!item.key || !colon) continue;
    const key = CST.resolveAsScalar(item.key)?.value;
    if (key === undefined) continue;
    const valueStart = colon.offset + colon.source.length;
    let contentEnd = valueStart;
    for (const token of sourceTokens([item.sep, item.value])) {
      if (TRIVIA.has(token.type) || token.offset < valueStart) continue;
      const end = token.offset + (token.source ?? "").trimEnd().length;
      contentEnd = Math.max(contentEnd, end);
    }
    const valueEnd = lineEndAt(text, contentEnd);
    const keyLineEnd = lineEndAt(text, valueStart);
    const comments = sourceTokens([item.sep, item.value])
      .filter(
        (token) =>
          token.type === "comment" && token.offset >= valueStart && token.offset < valueEnd,
      )
      .sort((a, b) => a.offset - b.offset)
      .map((token): ValueComment => {
        const before = text.slice(lineStartAt(text, token.offset), token.offset);
        return {
          text: token.source ?? "",
          ...(before.trim() === "" ? { indent: before } : {}),
          onKeyLine: token.offset <= keyLineEnd,
        };
      });
    const props = (item.start ?? []).find(
      (token) => token.type === "anchor" || token.type === "tag",
    );
    entries.push({
      key,
      start: props?.offset ?? item.key.offset,
      valueStart,
      valueEnd,
      comments,
    });
  }
  return { ok: true, entries };
}

/** Where a YAML text most likely went wrong: a quote or bracket it opens and never closes. */
export function unclosedAt(text: string): { offset: number; what: string } | undefined {
  for (const token of sourceTokens([...new Parser().parse(text)])) {
    const source = token.source ?? "";
    if (token.type === "double-quoted-scalar" || token.type === "single-quoted-scalar") {
      const quote = source[0] ?? "";
      const closed =
        source.length > 1 &&
        source.endsWith(quote) &&
        (quote === "'" || !/(?:^|[^\\])(?:\\\\)*\\"$/u.test(source));
      if (!closed) return { offset: token.offset, what: `the ${quote} quote` };
    }
    if (token.type === "flow-collection") {
      const collection = token as unknown as CST.FlowCollection;
      const open = collection.start.source;
      const close = open === "[" ? "]" : "}";
      if (!collection.end.some((end) => end.source === close)) {
        return {
          offset: token.offset,
          what: `the ${open === "[" ? "list" : "mapping"} opened with ${open}`,
        };
      }
    }
  }
  return undefined;
}

/** Offset of the first error the `yaml` package finds, which often comes before the reader's. */
export function firstErrorAt(text: string): number | undefined {
  return parseDocument(text).errors[0]?.pos[0];
}
