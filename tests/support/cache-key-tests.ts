/** The cache-key tests every page's data shares: the key changes exactly when what the page shows does. */
import { expect, it } from "vitest";
import type { SiteModel } from "../../src/data/site-model.ts";
import type { SpecChange } from "./archive-changes.ts";
import { type ArchiveSpec, modelOf } from "./memory-archive.ts";

/**
 * One test per change to `spec`: the page's key (`keyOf` a model) differs from the unchanged
 * archive's after each change the page shows, and stays the same after each it does not.
 */
export function cacheKeyTests(
  spec: ArchiveSpec,
  keyOf: (model: SiteModel) => string,
  cases: { changesWith: [string, SpecChange][]; staysWith: [string, SpecChange][] },
): void {
  const keyAfter = (change: SpecChange) => keyOf(modelOf(spec, change));
  const key = keyAfter(() => {});
  it.each(cases.changesWith)("changes with %s", (_, change) => {
    expect(keyAfter(change)).not.toBe(key);
  });
  it.each(cases.staysWith)("stays with %s", (_, change) => {
    expect(keyAfter(change)).toBe(key);
  });
}
