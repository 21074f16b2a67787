import type { FigureUnit, HeadlineFigure } from '@ownerdash/contracts';
import { formatCurrency, formatNumber, formatPercent, formatSigned } from '../dashboard/format';

/** A figure of a snapshot in the dashboard's words ("92.7%", "$4,322", "45 days"). */
export function formatFigure(value: number | null, unit: FigureUnit): string {
  switch (unit) {
    case '%':
      return formatPercent(value);
    case 'usd':
      return formatCurrency(value);
    case 'days':
      return value === null ? formatNumber(null) : `${formatNumber(value)} ${value === 1 ? 'day' : 'days'}`;
    case 'hours':
      return value === null ? formatNumber(null) : `${formatNumber(value, 1)} h`;
    case 'rating':
      return value === null ? formatNumber(null) : `${formatNumber(value, 1)} of 5`;
    case 'score':
      return formatNumber(value, 1);
    case 'units':
    case 'count':
      return formatNumber(value);
  }
}

/** How much a figure moved, in its unit: percentages in points ("−2.6 pts"), the rest as figures. */
function formatChange(change: number, unit: FigureUnit): string {
  if (unit === '%') {
    return formatSigned(change, (magnitude) => `${formatNumber(magnitude, 1)} pts`);
  }
  return formatSigned(change, (magnitude) => formatFigure(magnitude, unit));
}

/** "92.7% → 90.1%, −2.6 pts since shared", or what is missing to say so. */
export function describeNowAgainstThen(then: HeadlineFigure, now: HeadlineFigure): string {
  const shown = `${formatFigure(then.value, then.unitOfMeasure)} → ${formatFigure(now.value, now.unitOfMeasure)}`;
  if (then.value === null || now.value === null) {
    return shown;
  }
  // Rounded as the figures are shown, so 92.70 → 92.74 does not read as a change of "0.0 pts".
  const change = Math.round((now.value - then.value) * 100) / 100;
  return change === 0 || formatChange(change, now.unitOfMeasure) === formatChange(0, now.unitOfMeasure)
    ? `${shown}, no change since shared`
    : `${shown}, ${formatChange(change, now.unitOfMeasure)} since shared`;
}
