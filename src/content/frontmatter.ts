/**
 * The frontmatter of a file people edit (paper and topic files): read with gray-matter, checked
 * against a zod schema. A broken file is one problem naming the file and, when known, the line.
 */
import matter from "gray-matter";
import type { z } from "zod";
import type { Problem } from "./problem.ts";

export type FrontmatterResult<T> =
  | { ok: true; data: T; body: string }
  | { ok: false; problem: Problem };

/** What to tell a person for each kind of mistake: YAML syntax, or a value the schema refuses. */
export interface FrontmatterFixes {
  syntax: string;
  schema: string;
}

interface YamlError {
  reason?: string;
  mark?: { line?: number };
}

export function parseFrontmatter<Schema extends z.ZodType>(
  text: string,
  file: string,
  schema: Schema,
  fixes: FrontmatterFixes,
): FrontmatterResult<z.output<Schema>> {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Options, even empty, keep gray-matter from caching every file it has read.
    parsed = matter(text, {});
  } catch (error) {
    const yamlError = error as YamlError;
    return {
      ok: false,
      problem: {
        file,
        // The parser counts from 0 within the frontmatter, which starts after the opening ---.
        ...(yamlError.mark?.line === undefined ? {} : { line: yamlError.mark.line + 2 }),
        message: `the frontmatter is not valid YAML: ${yamlError.reason ?? String(error)}`,
        fix: fixes.syntax,
      },
    };
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue?.path.join(".") || "frontmatter";
    return {
      ok: false,
      problem: {
        file,
        ...lineOfKey(text, String(issue?.path[0] ?? "")),
        message: `${key}: ${issue?.message ?? "invalid"}`,
        fix: fixes.schema,
      },
    };
  }
  return { ok: true, data: result.data, body: parsed.content };
}

function lineOfKey(text: string, key: string): { line?: number } {
  if (key === "") return {};
  const index = text.split(/\r?\n/u).findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? {} : { line: index + 1 };
}
