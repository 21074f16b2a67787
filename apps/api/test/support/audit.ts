import { AuditChainer } from '../../src/audit/audit-chainer';
import { AuditLog } from '../../src/audit/audit-log';
import { AuditViewFolding } from '../../src/audit/audit-view-folding';
import { DomainEvents } from '../../src/events/domain-events';
import { TestApp } from './test-app';

export interface StoredEntry {
  readonly id: string;
  readonly organizationId: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly targetType: string | null;
  readonly targetId: string | null;
  readonly outcome: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly requestId: string | null;
  readonly details: Record<string, unknown>;
  readonly occurrences: number;
  readonly hash: string | null;
  readonly changes: { field: string; before: unknown; after: unknown }[] | null;
}

/**
 * Waits until what the requests so far set going is written: the responses' finish handlers
 * (one turn of the event loop), domain event handlers, background audit writes. Loops, as each
 * may start the next.
 */
export async function auditWritten(testApp: TestApp): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await testApp.app.get(DomainEvents).settled();
  await testApp.app.get(AuditLog).settled();
  await testApp.app.get(DomainEvents).settled();
  await testApp.app.get(AuditLog).settled();
  await testApp.app.get(AuditViewFolding).settled();
}

/** Writes what is pending, then links every entry that may be linked. */
export async function auditChained(testApp: TestApp): Promise<void> {
  await auditWritten(testApp);
  await testApp.app.get(AuditChainer).settled();
  await testApp.app.get(AuditChainer).chainAll();
}

/** The entries stored, oldest first, that match `where` (SQL on `e`), with their field changes. */
export async function storedEntries(
  testApp: TestApp,
  where = 'true',
  parameters: unknown[] = [],
): Promise<StoredEntry[]> {
  await auditWritten(testApp);
  return testApp.dataSource.query(
    `SELECT e.id, e.organization_id AS "organizationId", e.actor_id AS "actorId", e.action, e.target_type AS "targetType",
            e.target_id AS "targetId", e.outcome, e.ip, e.user_agent AS "userAgent", e.request_id AS "requestId",
            e.details, e.occurrences, e.hash,
            (SELECT jsonb_agg(jsonb_build_object('field', d.field, 'before', d.before, 'after', d.after) ORDER BY d.field)
               FROM detailed_audit_log d WHERE d.entry_id = e.id) AS changes
       FROM audit_log e WHERE ${where} ORDER BY e.occurred_at, e.chain_seq NULLS LAST, e.id`,
    parameters,
  );
}
