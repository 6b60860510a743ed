/** Changes to an archive spec, for tests that compare what a page shows before and after one. */
import { type ArchiveSpec, type PaperSpec, paperIn } from "./memory-archive.ts";

/** One change to a copy of a spec, for modelOf. */
export type SpecChange = (spec: ArchiveSpec) => void;

/** Gives a paper these fields. */
export function setPaper(slug: string, fields: Partial<Omit<PaperSpec, "slug">>): SpecChange {
  return (spec) => void Object.assign(paperIn(spec, slug), fields);
}

/** Gives a topic another name. */
export function renameTopic(id: string, name: string): SpecChange {
  return (spec) => {
    const topic = spec.topics.find((candidate) => candidate.id === id);
    if (!topic) throw new Error(`no topic ${id} in the spec`);
    topic.name = name;
  };
}

/** Reverses the order of the spec's digest at this index. */
export function reverseDigest(index: number): SpecChange {
  return (spec) => {
    const digest = spec.digests[index];
    if (!digest) throw new Error(`no digest ${index} in the spec`);
    digest.slugs.reverse();
  };
}

/** Lists a paper again, alone, in a new digest on a later date. */
export function listAgain(slug: string, date: string): SpecChange {
  return (spec) => {
    paperIn(spec, slug).dates.push(date);
    spec.digests.push({ date, slugs: [slug] });
  };
}
