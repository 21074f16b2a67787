import { createHash } from 'node:crypto';
import { AuditChange } from './audit-entry';

/** An entry as the chain hashes it: every stored column but the hash itself, and its field changes. */
export interface ChainedEntryContent {
  readonly id: string;
  readonly organizationId: string;
  readonly chainSeq: number;
  readonly prevHash: string | null;
  readonly occurredAt: Date;
  readonly lastOccurredAt: Date;
  readonly occurrences: number;
  readonly actorId: string | null;
  readonly action: string;
  readonly targetType: string | null;
  readonly targetId: string | null;
  readonly outcome: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly requestId: string | null;
  readonly details: unknown;
  readonly foldKey: string | null;
  readonly changes: readonly AuditChange[];
}

/**
 * JSON with object keys sorted at every depth, so one content always gives one text whatever
 * order PostgreSQL's jsonb or the code built it in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null';
  }
  if (value instanceof Date) {
    return JSON.stringify(value.toISOString());
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

/** The SHA-256 (hex) of an entry's canonical form, which holds the previous entry's hash: the chain's link. */
export function entryHash(entry: ChainedEntryContent): string {
  const changes = [...entry.changes].sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
  return createHash('sha256')
    .update(canonicalJson({ ...entry, changes }))
    .digest('hex');
}

/** An entry's columns as read (`ENTRY_COLUMNS`), before it is linked. */
export type EntryColumns = Omit<ChainedEntryContent, 'chainSeq' | 'prevHash' | 'changes'> & {
  readonly changes: readonly AuditChange[] | null;
};

/** Exactly the hashed fields of a row, whatever else the query read with them. */
export function chainedContent(row: EntryColumns, chainSeq: number, prevHash: string | null): ChainedEntryContent {
  return {
    id: row.id,
    organizationId: row.organizationId,
    chainSeq,
    prevHash,
    occurredAt: row.occurredAt,
    lastOccurredAt: row.lastOccurredAt,
    occurrences: row.occurrences,
    actorId: row.actorId,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    outcome: row.outcome,
    ip: row.ip,
    userAgent: row.userAgent,
    requestId: row.requestId,
    details: row.details,
    foldKey: row.foldKey,
    changes: row.changes ?? [],
  };
}
