import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ApiException } from '../../common/api-exception';
import { CheckedRows } from './checked-rows';
import { ImportDataset } from './datasets/import-dataset';
import { PersonalDataSealing } from './personal-data-sealing';

/** Rows per upsert statement: large enough that 100,000 rows take a few dozen round trips. */
export const WRITE_BATCH_ROWS = 5000;

export interface WriteCounts {
  readonly inserted: number;
  readonly updated: number;
}

/**
 * Writes a checked upload in one transaction, batch by batch: all of it or, on any failure, none;
 * personal data encrypted.
 */
@Injectable()
export class ImportWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sealing: PersonalDataSealing,
  ) {}

  write(
    dataset: ImportDataset,
    organizationId: string,
    rows: CheckedRows,
    onBatch: (rowsWritten: number) => void,
  ): Promise<WriteCounts> {
    return this.dataSource.transaction(async (manager) => {
      // Imports of one dataset into one organization take turns: two upserting overlapping keys
      // in different orders could deadlock.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`import:${organizationId}:${dataset.name}`]);
      if (dataset.owner === 'property') {
        await this.holdProperties(manager, organizationId, rows.propertyIds);
      }
      let inserted = 0;
      let updated = 0;
      for (let start = 0; start < rows.size; start += WRITE_BATCH_ROWS) {
        const batch = rows.batch(start, start + WRITE_BATCH_ROWS);
        const owner = dataset.owner === 'property' ? batch.propertyIds : organizationId;
        const columns = await this.sealing.seal(manager, dataset, batch);
        const [counts] = (await manager.query(dataset.upsertSql, [owner, ...columns])) as WriteCounts[];
        inserted += counts?.inserted ?? 0;
        updated += counts?.updated ?? 0;
        onBatch(Math.min(start + WRITE_BATCH_ROWS, rows.size));
      }
      return { inserted, updated };
    });
  }

  /**
   * Keeps the file's properties from being deleted until the transaction ends. They were looked
   * up by slug before the body was read; one deleted since would fail the insert as a foreign key.
   */
  private async holdProperties(manager: EntityManager, organizationId: string, propertyIds: string[]): Promise<void> {
    const distinct = [...new Set(propertyIds)];
    const held: unknown[] = await manager.query(
      'SELECT id FROM properties WHERE organization_id = $1 AND id = ANY($2::uuid[]) FOR KEY SHARE',
      [organizationId, distinct],
    );
    if (held.length !== distinct.length) {
      throw new ApiException(HttpStatus.CONFLICT, {
        message: 'A property of the file was deleted during the import, so nothing was written. Import the file again.',
      });
    }
  }
}
