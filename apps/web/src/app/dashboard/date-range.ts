import { InjectionToken } from '@angular/core';

/** A span of calendar days, both ends included, as `YYYY-MM-DD`. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

export type RangePresetId = '30d' | '90d' | '12m';

export interface RangePreset {
  readonly id: RangePresetId;
  readonly label: string;
}

export const RANGE_PRESETS: readonly RangePreset[] = [
  { id: '30d', label: 'Last 30 days' },
  { id: '90d', label: 'Last 90 days' },
  { id: '12m', label: 'Last 12 months' },
];

/** The range the dashboard shows until the user picks one. */
export const DEFAULT_RANGE_PRESET: RangePresetId = '30d';

/** Today's date; a token so tests can fix the day the presets count back from. */
export const TODAY = new InjectionToken<() => Date>('TODAY', { factory: () => () => new Date() });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar day of a date, as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A `YYYY-MM-DD` day at local midnight, or null when the text is no real calendar day. */
export function fromIsoDate(value: string | null | undefined): Date | null {
  const match = value ? ISO_DATE.exec(value) : null;
  if (!match) {
    return null;
  }
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date rolls 2026-02-31 over into March; such a day does not exist.
  return toIsoDate(date) === value ? date : null;
}

/** The days a preset covers, ending today. */
export function presetRange(preset: RangePresetId, today: Date): DateRange {
  const y = today.getFullYear();
  const m = today.getMonth();
  const d = today.getDate();
  const from = {
    '30d': new Date(y, m, d - 29),
    '90d': new Date(y, m, d - 89),
    '12m': new Date(y - 1, m, d + 1),
  }[preset];
  return { from: toIsoDate(from), to: toIsoDate(today) };
}

/** The preset a range equals today, or null for a range of the user's own. */
export function matchingPreset(range: DateRange, today: Date): RangePresetId | null {
  const preset = RANGE_PRESETS.find(({ id }) => {
    const candidate = presetRange(id, today);
    return candidate.from === range.from && candidate.to === range.to;
  });
  return preset?.id ?? null;
}
