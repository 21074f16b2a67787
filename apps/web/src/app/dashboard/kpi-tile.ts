import { formatNumber, formatPercent, MINUS } from './format';

/** Which way of a change is good news: occupancy should rise, vacancy should fall. */
export type Better = 'up' | 'down';

export interface KpiTileDefinition {
  readonly label: string;
  readonly kind: 'percent' | 'count';
  readonly better: Better;
}

export interface KpiChange {
  readonly direction: 'up' | 'down' | 'flat';
  /** Whether the change is good news, bad news, or neither. */
  readonly tone: 'good' | 'bad' | 'neutral';
  /** The change as shown: "+1.2 pts", "−3". */
  readonly text: string;
  /** The change in words for screen readers. */
  readonly description: string;
}

/**
 * A change against an earlier period (`against`, as in "from 30 days earlier"); percentages change
 * in percentage points.
 */
export function describeChange(
  change: number | null,
  tile: Omit<KpiTileDefinition, 'label'>,
  against = '30 days earlier',
): KpiChange | null {
  if (change === null) {
    return null;
  }
  const amount = Math.abs(change);
  const magnitude = tile.kind === 'percent' ? formatNumber(amount, 1) : formatNumber(amount);
  const unit = tile.kind === 'percent' ? (magnitude === '1' ? 'point' : 'points') : '';
  const shown = tile.kind === 'percent' ? `${magnitude} pts` : magnitude;
  // Changes that round to zero read as unchanged rather than as a tiny rise.
  if (Number(magnitude.replace(/,/g, '')) === 0) {
    return { direction: 'flat', tone: 'neutral', text: 'No change', description: `Unchanged from ${against}` };
  }
  const direction = change > 0 ? 'up' : 'down';
  return {
    direction,
    tone: direction === tile.better ? 'good' : 'bad',
    text: `${direction === 'up' ? '+' : MINUS}${shown}`,
    description: `${direction === 'up' ? 'Up' : 'Down'} ${[magnitude, unit].filter(Boolean).join(' ')} from ${against}`,
  };
}

export function formatKpiValue(value: number, tile: KpiTileDefinition): string {
  return tile.kind === 'percent' ? formatPercent(value) : formatNumber(value);
}
