import { DomainEvent } from '../../events/domain-event';
import { ImportDatasetName } from './import-values';

export class ImportStarted extends DomainEvent {
  readonly name = 'portfolio.import-started';

  constructor(
    readonly jobId: string,
    readonly organizationId: string,
    readonly userId: string,
    readonly dataset: ImportDatasetName,
  ) {
    super();
  }
}

/** An import ended: all its rows written, or (failed) none. */
export class ImportFinished extends DomainEvent {
  readonly name = 'portfolio.import-finished';

  constructor(
    readonly jobId: string,
    readonly organizationId: string,
    readonly userId: string,
    readonly dataset: ImportDatasetName,
    readonly status: 'succeeded' | 'failed',
    readonly rowsWritten: number,
  ) {
    super();
  }
}
