import { formatMonth } from '../format';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The months a financial period covers, as "Dec 2025 – Nov 2026": the books are monthly, so the
 * API counts the months whose first day falls within from–to. Null when no month starts in it.
 */
export function statementMonths(from: string, to: string): string | null {
  const start = ISO_DAY.exec(from);
  const end = ISO_DAY.exec(to);
  if (!start || !end) {
    return null;
  }
  const monthIndex = (year: string, month: string) => Number(year) * 12 + Number(month) - 1;
  const first = monthIndex(start[1], start[2]) + (start[3] === '01' ? 0 : 1);
  const last = monthIndex(end[1], end[2]);
  if (first > last) {
    return null;
  }
  const label = (index: number) =>
    formatMonth(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`);
  return first === last ? label(first) : `${label(first)} – ${label(last)}`;
}
