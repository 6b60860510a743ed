/** The arithmetic and wording of the benchmark's figures: medians, ratios, sizes and times. */

/** The median of some measurements (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** "2.41×": how many times `other` the `value` is; "n/a" when there is nothing to compare with. */
export function formatRatio(value: number, other: number | undefined): string {
  if (other === undefined || !(other > 0) || !Number.isFinite(value)) return "n/a";
  return `${(value / other).toFixed(2)}×`;
}

/** "35%": `value` as a share of `whole`. */
export function formatPercent(value: number, whole: number): string {
  if (!(whole > 0)) return "n/a";
  return `${Math.round((100 * value) / whole)}%`;
}

export const formatSeconds = (seconds: number) => `${seconds.toFixed(1)} s`;
export const formatMilliseconds = (ms: number) => `${Math.round(ms).toLocaleString("en")} ms`;
export const formatKilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const formatMegabytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
export const formatGigabytes = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
