import { isViewId, type ViewId } from './permission-registry';

/** What a chat message can point at on the dashboard (one per message). */
export const REFERENCE_TYPES = ['property', 'kpi', 'unit', 'chart', 'table_row', 'watchpoint'] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

/** The headline figures a `kpi` reference names: the overview's KPI tiles. */
export const REFERENCE_KPI_METRICS = [
  'occupancy_pct',
  'leased_pct',
  'vacancy_pct',
  'available_to_rent',
  'vacant_units',
  'notice_units',
] as const;
export type ReferenceKpiMetric = (typeof REFERENCE_KPI_METRICS)[number];

/** The views whose rows are things of their own (a resident's balance, a lease up for renewal, a case). */
export const REFERENCE_ROW_VIEWS = [
  'delinquency.ar_table',
  'delinquency.evictions',
  'delinquency.former_residents',
  'renewals.drillthrough',
] as const satisfies readonly ViewId[];
export type ReferenceRowView = (typeof REFERENCE_ROW_VIEWS)[number];

/** In a `kpi` or `chart` id, the whole portfolio the reader may see instead of one property. */
export const PORTFOLIO_REFERENCE_SCOPE = 'portfolio';

/** The longest reference id, in characters. */
export const REFERENCE_ID_MAX_LENGTH = 200;

/** A property's slug, as in its address: lower-case words joined by hyphens ("parkside", "the-oaks"). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A unit number or row key: letters, digits and a few separators ("204", "B-12", "3f9c…"). */
const KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** A reference id taken apart: the property (a slug) or the portfolio, and what of it. */
export type ParsedReference =
  | { readonly type: 'property'; readonly property: string }
  | { readonly type: 'kpi'; readonly property: string | null; readonly metric: ReferenceKpiMetric }
  | { readonly type: 'unit'; readonly property: string; readonly unit: string }
  | { readonly type: 'chart'; readonly property: string | null; readonly view: ViewId }
  | { readonly type: 'table_row'; readonly property: string; readonly view: ReferenceRowView; readonly row: string }
  | { readonly type: 'watchpoint'; readonly property: string; readonly watchpoint: string };

export type ReferenceParse =
  | { readonly ok: true; readonly reference: ParsedReference }
  | { readonly ok: false; readonly problem: string };

const GRAMMAR: Record<ReferenceType, string> = {
  property: '<property>',
  kpi: `<property|${PORTFOLIO_REFERENCE_SCOPE}>:<metric>`,
  unit: '<property>:<unit>',
  chart: `<property|${PORTFOLIO_REFERENCE_SCOPE}>:<view>`,
  table_row: '<property>:<view>:<row>',
  watchpoint: '<property>:<watchpoint>',
};

export function isReferenceType(value: string): value is ReferenceType {
  return (REFERENCE_TYPES as readonly string[]).includes(value);
}

/**
 * Checks a reference's type and id against the grammar of its type (`<property>` is a property's
 * slug). Says what is wrong in words a client can show; whether the item exists and whether the
 * sender may see it are the server's to check next.
 */
export function parseReference(type: string, id: string): ReferenceParse {
  if (!isReferenceType(type)) {
    return { ok: false, problem: `reference type must be one of ${REFERENCE_TYPES.join(', ')}` };
  }
  const grammar = `a ${type} reference id is ${GRAMMAR[type]}`;
  if (id.length === 0 || id.length > REFERENCE_ID_MAX_LENGTH) {
    return { ok: false, problem: `${grammar}, at most ${REFERENCE_ID_MAX_LENGTH} characters` };
  }
  const parts = id.split(':');
  const reference = parsed(type, parts);
  return reference ? { ok: true, reference } : { ok: false, problem: `${grammar} (got "${id}")` };
}

function parsed(type: ReferenceType, parts: readonly string[]): ParsedReference | null {
  const [first = '', second = '', third = ''] = parts;
  const property = SLUG.test(first) ? first : null;
  const scope = first === PORTFOLIO_REFERENCE_SCOPE ? 'portfolio' : property;
  switch (type) {
    case 'property':
      return parts.length === 1 && property ? { type, property } : null;
    case 'kpi':
      return parts.length === 2 && scope && isKpiMetric(second)
        ? { type, property: scope === 'portfolio' ? null : scope, metric: second }
        : null;
    case 'unit':
      return parts.length === 2 && property && KEY.test(second) ? { type, property, unit: second } : null;
    case 'chart':
      return parts.length === 2 && scope && isViewId(second)
        ? { type, property: scope === 'portfolio' ? null : scope, view: second }
        : null;
    case 'table_row':
      return parts.length === 3 && property && isRowView(second) && KEY.test(third)
        ? { type, property, view: second, row: third }
        : null;
    case 'watchpoint':
      return parts.length === 2 && property && KEY.test(second) ? { type, property, watchpoint: second } : null;
  }
}

function isKpiMetric(value: string): value is ReferenceKpiMetric {
  return (REFERENCE_KPI_METRICS as readonly string[]).includes(value);
}

function isRowView(value: string): value is ReferenceRowView {
  return (REFERENCE_ROW_VIEWS as readonly string[]).includes(value);
}

/** The most properties a reference's `state` may name, and the longest of its other values. */
export const REFERENCE_STATE_MAX_PROPERTIES = 50;
export const REFERENCE_STATE_MAX_VALUE_LENGTH = 100;

/** The dashboard state the sender looked at, so a reader opens the item as it was shared. */
export interface ReferenceState {
  /** The property ids picked (the dashboard's property filter). */
  readonly propertyIds?: readonly string[];
  /** The period shown, as the dashboard's own `from`/`to` or `asOf` dates. */
  readonly from?: string;
  readonly to?: string;
  readonly asOf?: string;
  /** The sort of a table, as the view's `sort` parameter. */
  readonly sort?: string;
}

/** When a snapshot's data is from (the data date) and when the server took it. */
interface SnapshotTimes {
  /** The latest day of the data, `YYYY-MM-DD`; null when the item has no data yet. */
  readonly asOf: string | null;
  readonly takenAt: string;
}

export interface PropertySnapshot extends SnapshotTimes {
  readonly name: string;
  readonly city: string | null;
  readonly state: string | null;
  readonly units: number;
  readonly occupancyPct: number | null;
  readonly leasedPct: number | null;
}

export interface KpiSnapshot extends SnapshotTimes {
  readonly metric: ReferenceKpiMetric;
  readonly label: string;
  readonly value: number;
  /** `%` for percentages, `units` for counts. */
  readonly unitOfMeasure: '%' | 'units';
  /** Change against 30 days before the data date; null without data then. */
  readonly change30d: number | null;
}

/** How a snapshot's figure is measured: the card formats it by this. */
export const FIGURE_UNITS = ['%', 'units', 'count', 'usd', 'days', 'hours', 'rating', 'score'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** One headline number of a view or row, as the dashboard shows it. */
export interface SnapshotFigure {
  /** Where the figure is in the view's answer (or the row), as a dotted path: `occupancyPct.value`, `points.-1.leasedPct` (-1: the last). */
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
  readonly unitOfMeasure: FigureUnit;
}

/** The most figures and series points a snapshot keeps: what a card and its mini chart need, not the whole view. */
export const SNAPSHOT_MAX_FIGURES = 4;
export const SNAPSHOT_MAX_POINTS = 60;

/** What a mini chart draws: one value per label, in the view's order (the latest points when it has more). */
export interface SnapshotSeries {
  /** Where the points are in the view's answer, and which field of each is the label and which the value. */
  readonly key: string;
  readonly label: string;
  readonly unitOfMeasure: FigureUnit;
  readonly points: readonly { readonly label: string; readonly value: number | null }[];
}

/** A view's card as the sender saw it: its headline figures and the series of its chart, for the period shared. */
export interface ChartSnapshot extends SnapshotTimes {
  readonly view: ViewId;
  /** The view's name, as its card's heading. */
  readonly title: string;
  /** The period the view answered for, when it takes one (or looks ahead over one). */
  readonly period: { readonly from: string; readonly to: string } | null;
  readonly figures: readonly SnapshotFigure[];
  readonly series: SnapshotSeries | null;
}

/** A unit as the unit mix counts it: no resident, so nothing personal. */
export interface UnitSnapshot extends SnapshotTimes {
  readonly propertyName: string;
  readonly unitNumber: string;
  readonly floorplan: string;
  readonly bedrooms: number;
  readonly squareFeet: number;
  readonly status: string;
  readonly marketRent: number;
  readonly currentRent: number | null;
  readonly leaseEnd: string | null;
}

/**
 * A row of a table whose rows are things of their own (a unit owing, a case, a lease ending). It
 * holds the unit and the row's figures and status, never the resident's name or contacts: those
 * are personal data, kept encrypted at rest, and a message's reference is stored as plain JSON.
 */
export interface TableRowSnapshot extends SnapshotTimes {
  readonly view: ReferenceRowView;
  readonly title: string;
  readonly propertyName: string;
  readonly unitNumber: string;
  /** The row's state in its view's words: an aging bucket, a case's or a collection's status, a renewal outcome. */
  readonly status: string;
  /** The row's date that matters most, `YYYY-MM-DD`: filed, moved out, lease end; null when it has none. */
  readonly date: string | null;
  readonly figures: readonly SnapshotFigure[];
}

/** The reference types the server builds snapshots for, and what each snapshot holds. */
export interface ReferenceSnapshots {
  readonly property: PropertySnapshot;
  readonly kpi: KpiSnapshot;
  readonly unit: UnitSnapshot;
  readonly chart: ChartSnapshot;
  readonly table_row: TableRowSnapshot;
}
export type SnapshotReferenceType = keyof ReferenceSnapshots;
export const SNAPSHOT_REFERENCE_TYPES = [
  'property',
  'kpi',
  'unit',
  'chart',
  'table_row',
] as const satisfies readonly SnapshotReferenceType[];

/** The one number a card compares between then and now, or null when the item has none. */
export interface HeadlineFigure {
  readonly label: string;
  readonly value: number | null;
  readonly unitOfMeasure: FigureUnit;
}

/** The figure of a snapshot that its card shows as "then → now". */
export function headlineOf(
  type: SnapshotReferenceType,
  snapshot: ReferenceSnapshots[SnapshotReferenceType],
): HeadlineFigure | null {
  switch (type) {
    case 'property': {
      const property = snapshot as PropertySnapshot;
      return { label: 'Occupancy', value: property.occupancyPct, unitOfMeasure: '%' };
    }
    case 'kpi': {
      const kpi = snapshot as KpiSnapshot;
      return { label: kpi.label, value: kpi.value, unitOfMeasure: kpi.unitOfMeasure === '%' ? '%' : 'units' };
    }
    case 'unit': {
      const unit = snapshot as UnitSnapshot;
      return { label: 'Rent', value: unit.currentRent, unitOfMeasure: 'usd' };
    }
    case 'chart':
    case 'table_row': {
      const [first] = (snapshot as ChartSnapshot | TableRowSnapshot).figures;
      return first ? { label: first.label, value: first.value, unitOfMeasure: first.unitOfMeasure } : null;
    }
  }
}

/** A reference as the sender sends it: what it points at; the server takes the snapshot. */
export interface ReferenceInput {
  readonly type: string;
  readonly id: string;
  readonly state?: ReferenceState;
}

/** A reference as a reader who may see its item reads it; `snapshot` is the one of its `type`. */
export interface VisibleReference {
  readonly type: SnapshotReferenceType;
  readonly id: string;
  readonly state: ReferenceState;
  readonly label: string;
  readonly snapshot: ReferenceSnapshots[SnapshotReferenceType];
}

/** A reference as a reader who may not see its property or view reads it: only its type. */
export interface RestrictedReference {
  readonly type: ReferenceType;
  readonly restricted: true;
}

export type MessageReference = VisibleReference | RestrictedReference;

/** The most references one request for current values may name. */
export const CURRENT_REFERENCES_MAX = 50;

/** A reference's item as it stands now, for a reader who may see it. */
export interface CurrentReference {
  readonly type: SnapshotReferenceType;
  readonly id: string;
  readonly label: string;
  readonly snapshot: ReferenceSnapshots[SnapshotReferenceType];
}

/** A reference whose item no longer exists (a unit gone, a debt paid off, a case no longer listed). */
export interface MissingReference {
  readonly type: ReferenceType;
  readonly id: string;
  readonly missing: true;
}

export type CurrentReferenceAnswer = CurrentReference | RestrictedReference | MissingReference;
