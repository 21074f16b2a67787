import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { AuditChainer } from './audit-chainer';
import { AuditEntryInput } from './audit-entry';
import { AUDIT_FOLD_WINDOW_MS } from './audit-fold-window';
import { AuditOrigin, insertEntry } from './audit-log';

/**
 * View entries, folded: a view seen again by the same person, for the same properties, within
 * 15 minutes of the entry's first sight only counts one more occurrence (and moves its last
 * time) on that entry, as long as it is unchained — and the chainer leaves a view entry
 * unchained until its window has closed, so a folded entry is hashed once, complete.
 */
@Injectable()
export class AuditViewFolding implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditViewFolding.name);
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly chainer: AuditChainer,
  ) {}

  /** Folds or writes the entry in the background, tracked as `AuditLog.record` is; failures are logged. */
  record(entry: AuditEntryInput, foldKey: string, origin: AuditOrigin): void {
    const write = this.fold(entry, foldKey, origin)
      .then(() => this.chainer.schedule())
      .catch((error: unknown) => {
        this.logger.error(
          `could not record ${entry.action}: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => this.running.delete(write));
    this.running.add(write);
  }

  async settled(): Promise<void> {
    while (this.running.size > 0) {
      await Promise.all([...this.running]);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  private async fold(entry: AuditEntryInput, foldKey: string, origin: AuditOrigin): Promise<void> {
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - AUDIT_FOLD_WINDOW_MS);
    await this.dataSource.transaction(async (manager) => {
      // Repeats of one fold key take turns, so two at once cannot both find no entry and both insert one.
      await manager.query(`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended($1 || '|' || $2, 0))) AS l`, [
        entry.organizationId,
        foldKey,
      ]);
      const [, folded] = (await manager.query(
        `UPDATE audit_log SET occurrences = occurrences + 1, last_occurred_at = $3
          WHERE organization_id = $1 AND fold_key = $2 AND hash IS NULL AND occurred_at > $4`,
        [entry.organizationId, foldKey, now, windowStart],
      )) as [unknown, number];
      if (folded === 0) {
        await insertEntry(manager, entry, origin, now, foldKey);
      }
    });
  }
}
