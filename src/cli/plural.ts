/** A count and its noun, in the singular for one: "1 paper", "64 papers", "1,000 papers". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}
