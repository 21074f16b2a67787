import {
  ChartSnapshot,
  SNAPSHOT_MAX_FIGURES,
  SNAPSHOT_MAX_POINTS,
  SnapshotFigure,
  SnapshotSeries,
} from '@ownerdash/contracts';
import { ChartSpec, FigureSpec, SeriesSpec } from './chart-reference-specs';

/**
 * The value at a dotted path of a view's answer: `noi.actual`, `items.0.rent`, `points.-1.x`
 * (a negative index counts from the end). Undefined where the answer has nothing there.
 */
export function valueAt(answer: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, part) => {
    if (Array.isArray(value)) {
      const index = Number(part);
      return Number.isInteger(index) ? value.at(index) : undefined;
    }
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }, answer);
}

function numberAt(answer: unknown, path: string): number | null {
  const value = valueAt(answer, path);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function figureOf(answer: unknown, spec: FigureSpec): SnapshotFigure {
  return { key: spec.key, label: spec.label, value: numberAt(answer, spec.key), unitOfMeasure: spec.unit };
}

/** The series' latest points: a mini chart needs no more, and a daily trend of years stays bounded. */
function seriesOf(answer: unknown, spec: SeriesSpec): SnapshotSeries {
  const items = valueAt(answer, spec.key);
  const points = (Array.isArray(items) ? items : []).slice(-SNAPSHOT_MAX_POINTS).map((item: unknown) => ({
    label: String(valueAt(item, spec.labelField) ?? ''),
    value: numberAt(item, spec.valueField),
  }));
  return { key: `${spec.key}[].${spec.valueField}`, label: spec.label, unitOfMeasure: spec.unit, points };
}

/** The period a view answered for: its from/to, or the lease window the risk views count ahead over. */
function periodOf(answer: unknown): ChartSnapshot['period'] {
  for (const base of ['', 'leaseWindow.']) {
    const from = valueAt(answer, `${base}from`);
    const to = valueAt(answer, `${base}to`);
    if (typeof from === 'string' && typeof to === 'string') {
      return { from, to };
    }
  }
  return null;
}

/** The figures, series and period of a view's answer, as its spec says, with the data date. */
export function summarize(
  answer: unknown,
  spec: ChartSpec,
  today: string,
): Pick<ChartSnapshot, 'asOf' | 'period' | 'figures' | 'series'> {
  const period = periodOf(answer);
  const answeredAsOf = valueAt(answer, 'asOf');
  const asOf =
    typeof answeredAsOf === 'string' || answeredAsOf === null
      ? (answeredAsOf as string | null)
      : period !== null && period.to < today
        ? period.to
        : today;
  return {
    asOf,
    period,
    figures: spec.figures.slice(0, SNAPSHOT_MAX_FIGURES).map((figure) => figureOf(answer, figure)),
    series: spec.series ? seriesOf(answer, spec.series) : null,
  };
}
