import type { ViewId } from './permission-registry';

/**
 * The things of the portfolio data an `entity` conversation (a thread) can be about. Several
 * threads may be about one entity.
 */
export const CHAT_ENTITY_TYPES = ['unit', 'lease', 'work_order', 'eviction'] as const;
export type ChatEntityType = (typeof CHAT_ENTITY_TYPES)[number];

/**
 * The registry view that shows each entity type on the dashboard. Reading, writing in and being
 * added to a thread about an entity needs the entity's property in scope and this view: a unit
 * is a row of the AR table, a lease a row of the renewal drill-through, an eviction a case of the
 * evictions table, and work orders are counted on the maintenance card.
 */
export const CHAT_ENTITY_VIEWS = {
  unit: 'delinquency.ar_table',
  lease: 'renewals.drillthrough',
  work_order: 'maintenance.summary',
  eviction: 'delinquency.evictions',
} as const satisfies Record<ChatEntityType, ViewId>;

/** How each entity type's id is written: row ids of the portfolio tables, a lease by its unit and end. */
export const CHAT_ENTITY_ID_GRAMMAR: Readonly<Record<ChatEntityType, string>> = {
  unit: '<unit id (uuid)>',
  lease: '<unit id (uuid)>:<lease end, YYYY-MM-DD>',
  work_order: '<work order id (uuid)>',
  eviction: '<eviction case id (uuid)>',
};

/** The longest thread subject, in characters. */
export const CHAT_SUBJECT_MAX_LENGTH = 100;
/** The most entity ids one count request may ask about (a table page). */
export const CHAT_ENTITY_COUNTS_MAX_IDS = 100;

/** An entity id taken apart: the row it names, and for a lease the day it ends. */
export type ParsedEntityId =
  | { readonly type: 'unit' | 'work_order' | 'eviction'; readonly rowId: string }
  | { readonly type: 'lease'; readonly rowId: string; readonly leaseEnd: string };

export type EntityIdParse =
  | { readonly ok: true; readonly entity: ParsedEntityId }
  | { readonly ok: false; readonly problem: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar day that exists (not 2026-02-30). */
function isDay(value: string): boolean {
  return DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

export function isChatEntityType(value: string): value is ChatEntityType {
  return (CHAT_ENTITY_TYPES as readonly string[]).includes(value);
}

/**
 * Checks an entity id against its type's grammar (ids are lower-cased first, as UUIDs compare
 * case-blind). Whether the entity exists and who may see it are the server's to check.
 */
export function parseEntityId(type: ChatEntityType, id: string): EntityIdParse {
  const parts = id.toLowerCase().split(':');
  const [rowId = '', leaseEnd = ''] = parts;
  const problem = {
    ok: false,
    problem: `for ${type}, the id is ${CHAT_ENTITY_ID_GRAMMAR[type]} (got "${id}")`,
  } as const;
  if (!UUID.test(rowId)) {
    return problem;
  }
  if (type === 'lease') {
    return parts.length === 2 && isDay(leaseEnd) ? { ok: true, entity: { type, rowId, leaseEnd } } : problem;
  }
  return parts.length === 1 ? { ok: true, entity: { type, rowId } } : problem;
}

/** The entity types whose threads someone who may see these views may read. */
export function chatEntityTypesSeen(views: readonly ViewId[]): ChatEntityType[] {
  return CHAT_ENTITY_TYPES.filter((type) => views.includes(CHAT_ENTITY_VIEWS[type]));
}
