// The median the perf and bench scripts print: the middle value, or the mean of the two middle
// values of an even count; NaN for none. A module of its own, so that a script measuring its own
// memory does not load a browser driver to get it.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
