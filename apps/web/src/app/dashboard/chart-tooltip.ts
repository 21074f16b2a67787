/**
 * An axis tooltip that writes each value as the dashboard formats it; a gap in the data (ECharts
 * passes `null` or `'-'`) reads as missing rather than as zero.
 */
export function axisTooltip(format: (value: number | null) => string) {
  return {
    trigger: 'axis',
    valueFormatter: (value: unknown) => format(typeof value === 'number' ? value : null),
  } as const;
}
