import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuditChainer } from './audit-chainer';

const DAY_MS = 86_400_000;
/** Entries deleted per transaction, so a first purge of a large log never holds locks for long. */
const PURGE_BATCH = 5000;
const PURGE_INTERVAL_MS = 6 * 3600_000;

/**
 * Deletes entries older than `AUDIT_RETENTION_DAYS`, a prefix of each organization's chain at a
 * time: it first moves the organization's anchor (`audit_chain_anchors`) to the last entry it
 * deletes — its number and hash — and then deletes up to it, so the verifier starts from the
 * anchor's hash and the rest still verifies. The triggers allow deleting only at or below the
 * anchor, and the anchor only moves forward, to an entry that exists with that hash.
 */
@Injectable()
export class AuditRetention implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AuditRetention.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly chainer: AuditChainer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.purge().catch((error: unknown) => {
        this.logger.error(`audit purge failed: ${error instanceof Error ? error.message : String(error)}`);
      });
    }, PURGE_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Purges what is past retention in every organization; answers how many entries went. */
  async purge(): Promise<number> {
    // Only linked entries can be anchored: link what is pending first.
    await this.chainer.chainAll();
    const before = new Date(this.clock.now().getTime() - this.config.auditRetentionDays * DAY_MS);
    const organizations = (await this.dataSource.query(
      `SELECT DISTINCT organization_id AS id FROM audit_log WHERE occurred_at < $1`,
      [before],
    )) as { id: string }[];
    let purged = 0;
    for (const { id } of organizations) {
      for (;;) {
        const deleted = await this.purgeBatch(id, before);
        purged += deleted;
        if (deleted < PURGE_BATCH) {
          break;
        }
      }
    }
    if (purged > 0) {
      this.logger.log(`purged ${purged} audit entries older than ${before.toISOString()}`);
    }
    return purged;
  }

  private purgeBatch(organizationId: string, before: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // The chainer's lock: no entry is linked to the head while the tail moves.
      await manager.query(
        `SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended('audit-chain:' || $1, 0))) AS l`,
        [organizationId],
      );
      // The chain's oldest entries, in order, up to (not including) the first one still within retention.
      const oldest = (await manager.query(
        `SELECT chain_seq::text AS "chainSeq", hash, occurred_at AS "occurredAt" FROM audit_log
          WHERE organization_id = $1 AND chain_seq IS NOT NULL ORDER BY chain_seq LIMIT $2`,
        [organizationId, PURGE_BATCH],
      )) as { chainSeq: string; hash: string; occurredAt: Date }[];
      const kept = oldest.findIndex(({ occurredAt }) => occurredAt >= before);
      const upTo = oldest[(kept === -1 ? oldest.length : kept) - 1];
      if (!upTo) {
        return 0;
      }
      await manager.query(
        `INSERT INTO audit_chain_anchors (organization_id, chain_seq, hash, purged_before) VALUES ($1, $2, $3, $4)
         ON CONFLICT (organization_id) DO UPDATE SET chain_seq = EXCLUDED.chain_seq, hash = EXCLUDED.hash,
                                                     purged_before = EXCLUDED.purged_before`,
        [organizationId, upTo.chainSeq, upTo.hash, before],
      );
      const [, deleted] = (await manager.query(
        `DELETE FROM audit_log WHERE organization_id = $1 AND chain_seq IS NOT NULL AND chain_seq <= $2`,
        [organizationId, upTo.chainSeq],
      )) as [unknown, number];
      return deleted;
    });
  }
}
