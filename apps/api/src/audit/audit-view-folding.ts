import { Injectable } from '@nestjs/common';
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
export class AuditViewFolding {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly chainer: AuditChainer,
  ) {}

  async record(entry: AuditEntryInput, foldKey: string, origin: AuditOrigin): Promise<void> {
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - AUDIT_FOLD_WINDOW_MS);
    await this.dataSource.transaction(async (manager) => {
      const [, folded] = (await manager.query(
        `UPDATE audit_log SET occurrences = occurrences + 1, last_occurred_at = $3
          WHERE organization_id = $1 AND fold_key = $2 AND hash IS NULL AND occurred_at > $4`,
        [entry.organizationId, foldKey, now, windowStart],
      )) as [unknown, number];
      if (folded === 0) {
        await insertEntry(manager, entry, origin, now, foldKey);
      }
    });
    this.chainer.schedule();
  }
}
