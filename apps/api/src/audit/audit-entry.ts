import { AUDIT_ACTIONS, AuditAction, AuditOutcome } from './audit-actions';

/** A field an action changed, kept in `detailed_audit_log`: ids, roles, flags — never personal text. */
export interface AuditChange {
  readonly field: string;
  readonly before: AuditValue;
  readonly after: AuditValue;
}

export type AuditValue = string | number | boolean | null | readonly (string | number | boolean)[];

/** What a recorder knows of an entry; where and when it happened is added by `AuditLog`. */
export interface AuditEntryInput {
  readonly organizationId: string;
  readonly action: AuditAction;
  readonly actorId: string | null;
  readonly targetId?: string | null;
  readonly outcome?: AuditOutcome;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly changes?: readonly AuditChange[];
}

/**
 * The details an action may keep: its registered keys only, and only plain values (text,
 * numbers, flags, lists of them), so nothing nested can carry more than the key names.
 */
export function redactDetails(
  action: AuditAction,
  details: Readonly<Record<string, unknown>> | undefined,
): Record<string, AuditValue> {
  const allowed: readonly string[] = AUDIT_ACTIONS[action].details;
  const kept: Record<string, AuditValue> = {};
  for (const key of allowed) {
    const value = details?.[key];
    if (isAuditValue(value)) {
      kept[key] = value;
    }
  }
  return kept;
}

function isScalar(value: unknown): value is string | number | boolean {
  return (
    typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))
  );
}

function isAuditValue(value: unknown): value is AuditValue {
  return value === null || isScalar(value) || (Array.isArray(value) && value.every(isScalar));
}
