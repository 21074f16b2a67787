import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { AUDIT_FOLD_WINDOW_MS } from './audit-fold-window';
import { chainedContent, EntryColumns, entryHash } from './audit-hash';

/** Entries linked per transaction: short transactions, so folding and purging never wait long. */
export const AUDIT_CHAIN_BATCH = 100;
/** How often pending entries are linked even when nothing asks (an event that wrote entries, a view window closing). */
const CHAIN_INTERVAL_MS = 60_000;

/** The columns of an entry as `ChainedEntryContent` names them; shared with the verifier. */
export const ENTRY_COLUMNS = `e.id, e.organization_id AS "organizationId", e.occurred_at AS "occurredAt",
  e.last_occurred_at AS "lastOccurredAt", e.occurrences, e.actor_id AS "actorId", e.action,
  e.target_type AS "targetType", e.target_id AS "targetId", e.outcome, e.ip, e.user_agent AS "userAgent",
  e.request_id AS "requestId", e.details, e.fold_key AS "foldKey",
  (SELECT jsonb_agg(jsonb_build_object('field', d.field, 'before', d.before, 'after', d.after))
     FROM detailed_audit_log d WHERE d.entry_id = e.id) AS changes`;

/**
 * Links each organization's entries into its hash chain, in order of time, a batch per
 * transaction: numbers them (`chain_seq`), and sets `prev_hash` and `hash`. One chainer at a
 * time per organization (a transaction-level advisory lock); a run that finds the lock taken
 * leaves the work to the holder, and `chainAll` (tests, the purge) waits for it instead. A view
 * entry is linked only once its folding window has closed, so repeats can still be counted on it.
 */
@Injectable()
export class AuditChainer implements OnApplicationBootstrap, OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditChainer.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private closing = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.schedule(), CHAIN_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Stops taking work, so no run starts while the database closes; what is pending waits for the next start. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    clearInterval(this.timer);
    await this.settled();
  }

  /** Links pending entries in the background; calls while a run is under way make one more run after it. */
  schedule(): void {
    if (this.closing) {
      return;
    }
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.chainPending(false)
      .catch((error: unknown) => {
        this.logger.error(`chaining failed: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.schedule();
        }
      });
  }

  async settled(): Promise<void> {
    while (this.running) {
      await this.running;
    }
  }

  /** Links every pending entry of every organization, waiting for other chainers rather than leaving it to them. */
  async chainAll(): Promise<void> {
    await this.chainPending(true);
  }

  private async chainPending(wait: boolean): Promise<void> {
    const organizations = (await this.dataSource.query(
      `SELECT DISTINCT organization_id AS id FROM audit_log WHERE hash IS NULL`,
    )) as { id: string }[];
    for (const { id } of organizations) {
      while (await this.chainBatch(id, wait)) {
        // A full batch: there may be more.
      }
    }
  }

  /** Links up to one batch; true when the batch was full (more may be waiting). */
  private chainBatch(organizationId: string, wait: boolean): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [lock] = (await manager.query(
        wait
          ? `SELECT true AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended('audit-chain:' || $1, 0))) AS l`
          : `SELECT pg_try_advisory_xact_lock(hashtextextended('audit-chain:' || $1, 0)) AS locked`,
        [organizationId],
      )) as { locked: boolean }[];
      if (!lock?.locked) {
        return false;
      }
      const closedBefore = new Date(this.clock.now().getTime() - AUDIT_FOLD_WINDOW_MS);
      const rows = (await manager.query(
        `SELECT ${ENTRY_COLUMNS} FROM audit_log e
          WHERE e.organization_id = $1 AND e.hash IS NULL AND (e.fold_key IS NULL OR e.occurred_at <= $2)
          ORDER BY e.occurred_at, e.id LIMIT $3 FOR UPDATE`,
        [organizationId, closedBefore, AUDIT_CHAIN_BATCH],
      )) as EntryColumns[];
      if (rows.length === 0) {
        return false;
      }
      let { chainSeq, hash } = await chainHead(manager, organizationId);
      const links = rows.map((row) => {
        chainSeq += 1;
        const link = { id: row.id, chainSeq, prevHash: hash, hash: entryHash(chainedContent(row, chainSeq, hash)) };
        hash = link.hash;
        return link;
      });
      await manager.query(
        `UPDATE audit_log e SET chain_seq = l.seq, prev_hash = l.prev, hash = l.hash
           FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[]) AS l(id, seq, prev, hash)
          WHERE e.id = l.id`,
        [links.map((l) => l.id), links.map((l) => l.chainSeq), links.map((l) => l.prevHash), links.map((l) => l.hash)],
      );
      return rows.length === AUDIT_CHAIN_BATCH;
    });
  }
}

/** The organization's last link: its newest chained entry, or the purge's anchor once everything before was purged. */
export async function chainHead(
  manager: EntityManager,
  organizationId: string,
): Promise<{ chainSeq: number; hash: string | null }> {
  const [head] = (await manager.query(
    `SELECT chain_seq::text AS "chainSeq", hash FROM (
       (SELECT chain_seq, hash FROM audit_log WHERE organization_id = $1 AND chain_seq IS NOT NULL
         ORDER BY chain_seq DESC LIMIT 1)
       UNION ALL
       (SELECT chain_seq, hash FROM audit_chain_anchors WHERE organization_id = $1)
     ) AS heads ORDER BY chain_seq DESC LIMIT 1`,
    [organizationId],
  )) as { chainSeq: string; hash: string }[];
  return head ? { chainSeq: Number(head.chainSeq), hash: head.hash } : { chainSeq: 0, hash: null };
}
