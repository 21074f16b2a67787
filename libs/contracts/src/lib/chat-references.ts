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

/** The reference types the server builds snapshots for, and what each snapshot holds. */
export interface ReferenceSnapshots {
  readonly property: PropertySnapshot;
  readonly kpi: KpiSnapshot;
}
export type SnapshotReferenceType = keyof ReferenceSnapshots;
export const SNAPSHOT_REFERENCE_TYPES = ['property', 'kpi'] as const satisfies readonly SnapshotReferenceType[];

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
