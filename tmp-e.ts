import { parsePaperFile, paperFileUpdate, updatePaperFile } from "./src/content/papers/paper-file.ts";
const base = (fm: string, body = "An abstract.\n") => `---\ntitle: "T"\n${fm}---\n${body}`;
const cases: Record<string,string> = {
  quotedKey: base(`date: "2025-07-30"\n"dates": ["2025-07-30"]\n'topics': []\nlinks: []\n`),
  commentInBlock: base(`date: "2025-07-30"\ndates:\n  - "2025-07-30"\n  # seen again\n  - "2025-07-31"\ntopics: []\nlinks: []\n`),
  flowMulti: base(`date: "2025-07-30"\ndates: [\n  "2025-07-30", # first\n  "2025-07-31"\n]\ntopics: []\nlinks: []\n`),
  spacedKey: base(`date : "2025-07-30"\ndates   :   ["2025-07-30"]  # mine\ntopics: []\nlinks: []\n`),
  anchor: base(`date: "2025-07-30"\n&d dates: ["2025-07-30"]\ntopics: []\nlinks: []\n`),
  aliasValue: base(`date: "2025-07-30"\ndates: &d ["2025-07-30"]\nseen: *d\ntopics: []\nlinks: []\n`),
  blankLine: base(`date: "2025-07-30"\n\ndates: ["2025-07-30"]\n\ntopics: []\nlinks: []\n`),
  hash: base(`date: "2025-07-30"\ndates: ["2025-07-30"]\nnote: "a # b"\ntopics: []\nlinks: []\n`),
  notesDash: base(`date: "2025-07-30"\ndates: ["2025-07-30"]\ntopics: []\nlinks: []\n`, "Abstract\n---\ndates: x\n"),
  crlf: base(`date: "2025-07-30"\ndates:\n- 2025-07-30\ntopics: []\nlinks: []\n`).replaceAll("\n", "\r\n"),
  noClose: `---\ntitle: "T"\ndate: "2025-07-30"\ndates: ["2025-07-30"]\ntopics: []\nlinks: []\n`,
};
for (const [name, text] of Object.entries(cases)) {
  const parsed = parsePaperFile(text, "x.md");
  if (!parsed.ok) { console.log(name, "BAD INPUT", parsed.problem); continue; }
  const w = paperFileUpdate({ slug: "x", file: "content/papers/x.md", text, data: parsed.data, body: parsed.body }, { date: "2025-07-29", dates: ["2025-07-29", "2025-07-30", "2025-07-31"], arxiv_id: "2508.01234" });
  console.log("==", name, w.problem ?? "");
  console.log(JSON.stringify(w.content));
}
