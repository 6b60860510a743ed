/** A paper file's body: the abstract as its first paragraph, then whatever notes a person added. */
export function splitBody(body: string): { abstract: string; notes: string } {
  const trimmed = body.trim();
  const gap = /\r?\n[ \t]*\r?\n/u.exec(trimmed);
  if (!gap) return { abstract: trimmed.replace(/\s+/gu, " "), notes: "" };
  return {
    abstract: trimmed.slice(0, gap.index).replace(/\s+/gu, " "),
    notes: trimmed.slice(gap.index + gap[0].length).trim(),
  };
}
