import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { currentRequestContext, RequestContext } from '../common/request-context/request-context';
import { DomainEvents } from '../events/domain-events';
import { AUDIT_ACTIONS } from './audit-actions';
import { AuditChainer } from './audit-chainer';
import { AuditEntryInput, redactDetails } from './audit-entry';

/** Where an entry came from: the request's id and client, when it came from a request. */
export interface AuditOrigin {
  readonly requestId: string | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

export function originOf(context: RequestContext | undefined): AuditOrigin {
  return {
    requestId: context?.requestId ?? null,
    ip: context?.client.ipAddress ?? null,
    userAgent: context?.client.userAgent ?? null,
  };
}

/**
 * Appends entries to `audit_log` (and their field changes to `detailed_audit_log`), unchained:
 * appending takes no lock shared with other writers, and the chainer links the entries later.
 * `writeIn` writes in a transaction of the caller's, so the entry commits with the change it
 * tells of; `record` writes on its own after a response has been decided, and is tracked so
 * shutdown (and a test) can wait for it.
 */
@Injectable()
export class AuditLog implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditLog.name);
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly chainer: AuditChainer,
    private readonly events: DomainEvents,
  ) {}

  async writeIn(
    manager: EntityManager,
    entries: readonly AuditEntryInput[],
    origin = originOf(currentRequestContext()),
  ): Promise<void> {
    const now = this.clock.now();
    for (const entry of entries) {
      await insertEntry(manager, entry, origin, now, null);
    }
  }

  /** Writes the entry in the background and has the chainer link it; failures are logged, never thrown. */
  record(entry: AuditEntryInput, origin = originOf(currentRequestContext())): void {
    const write = this.dataSource
      .transaction((manager) => insertEntry(manager, entry, origin, this.clock.now(), null))
      .then(() => this.chainer.schedule())
      .catch((error: unknown) => {
        this.logger.error(
          `could not record ${entry.action}: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => this.running.delete(write));
    this.running.add(write);
  }

  /** Resolves once every entry recorded so far is written (not necessarily chained). */
  async settled(): Promise<void> {
    while (this.running.size > 0) {
      await Promise.all([...this.running]);
    }
  }

  /** Event handlers still running may record more: they finish first. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.events.settled();
    await this.settled();
  }
}

/** Inserts one entry and its changes; `foldKey` marks a view entry later repeats fold into. */
export async function insertEntry(
  manager: EntityManager,
  entry: AuditEntryInput,
  origin: AuditOrigin,
  now: Date,
  foldKey: string | null,
): Promise<string> {
  const [row] = (await manager.query(
    `INSERT INTO audit_log (organization_id, occurred_at, last_occurred_at, actor_id, action, target_type, target_id,
                            outcome, ip, user_agent, request_id, details, fold_key)
     VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      entry.organizationId,
      now,
      entry.actorId,
      entry.action,
      AUDIT_ACTIONS[entry.action].targetType,
      entry.targetId ?? null,
      entry.outcome ?? 'success',
      origin.ip,
      origin.userAgent,
      origin.requestId,
      JSON.stringify(redactDetails(entry.action, entry.details)),
      foldKey,
    ],
  )) as { id: string }[];
  const id = (row as { id: string }).id;
  const changes = entry.changes ?? [];
  if (changes.length > 0) {
    await manager.query(
      `INSERT INTO detailed_audit_log (entry_id, field, before, after)
       SELECT $1, c.field, c.before, c.after FROM jsonb_to_recordset($2::jsonb) AS c(field text, before jsonb, after jsonb)`,
      [id, JSON.stringify(changes)],
    );
  }
  return id;
}
