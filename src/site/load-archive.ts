/** Loads the archive for a site build; any broken content file fails the build with its path. */

import { type ArchivePaths, type Content, loadContent } from "../content/archive-files.ts";
import type { StoredPaper } from "../content/papers/paper-file.ts";
import { replaceUnsafeCharacters } from "../content/unsafe-characters.ts";
import { type Archive, buildArchive } from "./archive.ts";

/**
 * A paper as the site shows it: its free text (title, abstract and notes, authors, summary) and
 * URLs with unsafe characters replaced. Dates, topic ids and the arXiv id are checked by the
 * schema and cannot hold any; keys a person added are not shown. Field by field, not every
 * string of the file: this runs over every paper of every build.
 */
function safePaper(paper: StoredPaper): StoredPaper {
  const safe = replaceUnsafeCharacters;
  const { title, links, authors, ai_summary, code, project_page } = paper.data;
  return {
    ...paper,
    data: {
      ...paper.data,
      title: safe(title),
      links: links.map(safe),
      ...(authors === undefined ? {} : { authors: authors.map(safe) }),
      ...(ai_summary === undefined ? {} : { ai_summary: safe(ai_summary) }),
      ...(code === undefined ? {} : { code: safe(code) }),
      ...(project_page === undefined ? {} : { project_page: safe(project_page) }),
    },
    body: safe(paper.body),
  };
}

/**
 * What the site shows of the archive's content, with the characters no page or feed can carry
 * replaced by U+FFFD, here once, so that every output (pages, feeds, sitemap, search, meta tags,
 * JSON-LD, citations) is well-formed whatever the files hold. Digests give the site only their
 * papers' order, matched by title: their titles go through the same replacement.
 */
export function siteContent(content: Content): Content {
  return {
    ...content,
    papers: content.papers.map(safePaper),
    digests: content.digests.map((digest) => ({
      ...digest,
      entries: digest.entries.map((entry) => ({
        ...entry,
        title: replaceUnsafeCharacters(entry.title),
      })),
    })),
    topics: content.topics.map((topic) => ({
      ...topic,
      name: replaceUnsafeCharacters(topic.name),
      description: replaceUnsafeCharacters(topic.description),
    })),
  };
}

export async function loadSiteArchive(paths: ArchivePaths): Promise<Archive> {
  const content = siteContent(await loadContent(paths));
  return buildArchive(content.papers, content.digests, content.topics);
}
