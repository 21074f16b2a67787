/** `value` to one decimal, as the dashboard shows percentages and averages. */
export function roundTo1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** `part` as a percentage of `whole` to one decimal; null when there is no whole to compare with. */
export function percent(part: number, whole: number | null): number | null {
  return whole ? roundTo1((part * 100) / whole) : null;
}
