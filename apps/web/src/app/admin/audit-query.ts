import type { Params } from '@angular/router';
import type { AuditAction, AuditOutcome, AuditTargetType, ListAuditEntries$Params } from '@ownerdash/api-client';
import { AUDIT_ACTION_LABELS, AUDIT_OUTCOME_LABELS, AUDIT_TARGET_LABELS } from './audit-text';

/** How many entries a page of the audit trail asks for. */
export const AUDIT_PAGE_SIZE = 50;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What the audit page shows: kept in the query string, so a link reproduces the view. */
export interface AuditQuery {
  readonly actor: string | null;
  readonly action: AuditAction | null;
  readonly targetType: AuditTargetType | null;
  readonly targetId: string | null;
  readonly outcome: AuditOutcome | null;
  /** First day shown, `YYYY-MM-DD`, in the viewer's time zone. */
  readonly from: string | null;
  /** Last day shown, `YYYY-MM-DD`, included. */
  readonly to: string | null;
}

export type AuditQueryParams = { readonly [K in keyof AuditQuery]?: string };

export const NO_AUDIT_FILTERS: AuditQuery = {
  actor: null,
  action: null,
  targetType: null,
  targetId: null,
  outcome: null,
  from: null,
  to: null,
};

/** A value the labels know (every value of the generated enum has one), or null. */
function oneOf<T extends string>(labels: Readonly<Record<T, string>>, value: string | undefined): T | null {
  return value !== undefined && Object.hasOwn(labels, value) ? (value as T) : null;
}

function day(value: string | undefined): string | null {
  return value && DAY.test(value) && startOfDay(value) !== null ? value : null;
}

/** Midnight at the start of a `YYYY-MM-DD` day in the viewer's time zone, or null for no such day. */
function startOfDay(value: string, plusDays = 0): Date | null {
  const match = DAY.exec(value);
  if (!match) {
    return null;
  }
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(year, month - 1, date + plusDays);
  const real = new Date(year, month - 1, date);
  return real.getMonth() === month - 1 && real.getDate() === date ? start : null;
}

/** Reads the query string; anything unknown or malformed is left out. */
export function auditQueryFromParams(params: AuditQueryParams): AuditQuery {
  const text = (value: string | undefined) => value?.trim() || null;
  return {
    actor: text(params.actor),
    action: oneOf(AUDIT_ACTION_LABELS, params.action),
    targetType: oneOf(AUDIT_TARGET_LABELS, params.targetType),
    targetId: text(params.targetId),
    outcome: oneOf(AUDIT_OUTCOME_LABELS, params.outcome),
    from: day(params.from),
    to: day(params.to),
  };
}

/** The query string of a query; filters not set are removed from it. */
export function auditQueryToParams(query: AuditQuery): Params {
  return { ...query };
}

/** The filters of `GET /api/admin/audit` and of its export: the period as instants, the last day included. */
export function auditFilterParams(query: AuditQuery): Omit<ListAuditEntries$Params, 'cursor' | 'limit'> {
  const from = query.from ? startOfDay(query.from) : null;
  const to = query.to ? startOfDay(query.to, 1) : null;
  return {
    ...(query.actor ? { actor: query.actor } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.targetType ? { targetType: query.targetType } : {}),
    ...(query.targetId ? { targetId: query.targetId } : {}),
    ...(query.outcome ? { outcome: query.outcome } : {}),
    ...(from ? { from: from.toISOString() } : {}),
    ...(to ? { to: to.toISOString() } : {}),
  };
}

export function hasAuditFilters(query: AuditQuery): boolean {
  return Object.values(query).some((value) => value !== null);
}
