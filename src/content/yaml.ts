/**
 * The few YAML forms the split writes: double-quoted strings and one-line lists of them.
 * Written by hand so that files are stable byte for byte and diff well; read back by gray-matter.
 */

// Characters YAML treats as line breaks or that editors hide: written as escapes.
const ESCAPE_IN_YAML = /[\u0080-\u009f\u2028\u2029\ufeff]/gu;

/** A double-quoted YAML scalar that reads back as exactly `value`. */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    ESCAPE_IN_YAML,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
}

/** A one-line flow sequence of double-quoted strings: `["a", "b"]`. */
export function yamlStringList(values: readonly string[]): string {
  return `[${values.map(yamlString).join(", ")}]`;
}
