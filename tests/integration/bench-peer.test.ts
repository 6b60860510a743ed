/**
 * The benchmark's Hugo + Pagefind peer, built for real from an archive whose digest holds a
 * hostile title: the peer shows digest text as text, as our site does, and Pagefind indexes it.
 * Skipped where Debian's `hugo` is not installed, as the benchmark skips the peer.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { afterAll, describe, expect, it } from "vitest";
import { buildPeer, hugoOnPath, writePeerSite } from "../../src/bench/peer.ts";
import { PROJECT_ROOT } from "../support/archive.ts";

const HOSTILE_TITLE = "</h1><script>alert(1)</script> {{ .Site }} model merging";
const ABSTRACT =
  "We merge <b>models</b> with {{< shortcode >}} and {{% other %}}. Model merging keeps their skills & more.";
const hugo = hugoOnPath();
const scratch: string[] = [];
afterAll(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

describe("hugoOnPath", () => {
  it("finds no hugo on a PATH without it, so the benchmark skips the peer", () => {
    expect(hugoOnPath(join(PROJECT_ROOT, "src"))).toBeUndefined();
  });
});

describe.skipIf(!hugo)("the Hugo + Pagefind peer", () => {
  it("shows a hostile title and abstract as text, links the topic and day, and indexes the page", async () => {
    const dir = await mkdtemp(join(tmpdir(), "paper-archive-peer-"));
    scratch.push(dir);
    const archive = join(dir, "archive");
    await mkdir(join(archive, "content", "digests"), { recursive: true });
    await mkdir(join(archive, "content", "topics"), { recursive: true });
    await writeFile(
      join(archive, "content", "topics", "model-merging.md"),
      '---\nname: "Model merging"\nphrases:\n  - "model merging"\n---\nMerging models.\n',
    );
    await writeFile(
      join(archive, "content", "digests", "2025-07-30.txt"),
      `Daily Papers\n\nJul 30\n\n${HOSTILE_TITLE}\n\n${ABSTRACT}\n`,
    );
    const peer = join(dir, "peer");
    expect(await writePeerSite(peer, PROJECT_ROOT, archive)).toBe(1);
    const build = await buildPeer(peer, hugo as string, PROJECT_ROOT);
    expect(build.seconds).toBe(build.hugo.seconds + build.pagefind.seconds);

    const html = await readFile(join(peer, "public", "papers", "1", "index.html"), "utf8");
    const page = parse(html);
    expect(page.querySelectorAll("script")).toEqual([]);
    const article = page.querySelector("article[data-pagefind-body]");
    expect(article?.querySelector("h1")?.textContent).toBe(HOSTILE_TITLE);
    expect(page.querySelector("title")?.textContent).toBe(`${HOSTILE_TITLE} · Papers`);
    expect(article?.querySelector("p:last-child")?.textContent).toBe(ABSTRACT);
    // Minified: unquoted attributes, which the parser above misreads when they end in "/".
    expect(html).toContain(
      "<a href=/days/2025-07-30/><time datetime=2025-07-30>2025-07-30</time></a>",
    );
    expect(html).toContain("<li><a href=/topics/model-merging/>model-merging</a></li>");
    const entry = JSON.parse(
      await readFile(join(peer, "public", "pagefind", "pagefind-entry.json"), "utf8"),
    );
    expect(
      Object.values(entry.languages).map(
        (language) => (language as { page_count: number }).page_count,
      ),
    ).toEqual([1]);
  });
});
