/**
 * Small archives built in memory with the site's own buildArchive, for tests of what pages show:
 * papers, digests and topics described in a few fields, and copied before each change so that a
 * test can build the same archive with one thing changed.
 */
import type { Digest } from "../../src/content/digest-file.ts";
import type { PaperDetails } from "../../src/content/papers/paper-schema.ts";
import type { Topic } from "../../src/content/topics/topic-schema.ts";
import { type SiteModel, siteModel } from "../../src/data/site-model.ts";
import { type Archive, buildArchive } from "../../src/site/archive.ts";

export interface PaperSpec {
  slug: string;
  title: string;
  /** Every digest that lists it, ascending. */
  dates: string[];
  abstract: string;
  topics?: string[];
  links?: string[];
  notes?: string;
  /** Keys from JSON digests, as a paper file holds them (not checked: tests may break them). */
  details?: PaperDetails;
}

export interface ArchiveSpec {
  papers: PaperSpec[];
  /** Each digest's date and the slugs it lists, in its order. */
  digests: { date: string; slugs: string[] }[];
  topics: { id: string; name: string; description?: string }[];
}

export function memoryArchive(spec: ArchiveSpec): Archive {
  const titleOf = new Map(spec.papers.map((paper) => [paper.slug, paper.title]));
  const digests: Digest[] = spec.digests.map((digest) => ({
    file: `content/digests/${digest.date}.txt`,
    date: digest.date,
    entries: digest.slugs.map((slug, index) => ({
      title: titleOf.get(slug) ?? slug,
      abstract: "",
      line: index * 4 + 1,
    })),
  }));
  const papers = spec.papers.map((paper) => ({
    slug: paper.slug,
    file: `content/papers/${paper.slug}.md`,
    text: "",
    data: {
      title: paper.title,
      date: paper.dates[0] ?? "",
      dates: paper.dates,
      topics: paper.topics ?? [],
      links: paper.links ?? [],
      ...paper.details,
    },
    body: paper.notes ? `${paper.abstract}\n\n${paper.notes}\n` : `${paper.abstract}\n`,
  }));
  const taxonomy: Topic[] = spec.topics.map((topic) => ({
    id: topic.id,
    name: topic.name,
    description: topic.description ?? "",
    phrases: [topic.id],
  }));
  return buildArchive(papers, digests, taxonomy);
}

export const SITE = { basePath: "/archive/", siteUrl: "https://example.org" };

/**
 * The site model of `spec` after `change` (applied to a copy), as a build at /archive/ on
 * https://example.org makes it.
 */
export function modelOf(
  spec: ArchiveSpec,
  change: (copy: ArchiveSpec) => void = () => {},
): SiteModel {
  const copy = structuredClone(spec);
  change(copy);
  return siteModel(memoryArchive(copy), SITE);
}

/** The paper with this slug in a spec, to change it. */
export function paperIn(spec: ArchiveSpec, slug: string): PaperSpec {
  const paper = spec.papers.find((candidate) => candidate.slug === slug);
  if (!paper) throw new Error(`no paper ${slug} in the spec`);
  return paper;
}
