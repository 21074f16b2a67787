import { Logger } from '@nestjs/common';
import { ImportJobPhase } from './import-values';

export interface ImportJobProgress {
  readonly phase?: ImportJobPhase;
  readonly rowsRead?: number;
  readonly rowsWritten?: number;
}

/**
 * A running job's progress, recorded without holding the import up: one update at a time, and
 * newer counts replace those still waiting. Awaiting each update would make an import that holds
 * a transaction wait for a second pool connection, and enough concurrent imports would take them all.
 */
export class JobProgress {
  private readonly logger = new Logger('Imports');
  private waiting: ImportJobProgress | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(private readonly record: (progress: ImportJobProgress) => Promise<void>) {}

  report(progress: ImportJobProgress): void {
    this.waiting = { ...this.waiting, ...progress };
    if (!this.inFlight) {
      this.flush();
    }
  }

  /** Resolves once every reported progress is recorded, so that the job's final update comes last. */
  async settled(): Promise<void> {
    while (this.inFlight) {
      await this.inFlight;
    }
  }

  private flush(): void {
    const progress = this.waiting;
    this.waiting = undefined;
    if (!progress) {
      return;
    }
    this.inFlight = this.record(progress)
      // Progress is for people watching; the import goes on without it.
      .catch((error: unknown) => this.logger.warn(`Could not record import progress: ${String(error)}`))
      .finally(() => {
        this.inFlight = undefined;
        this.flush();
      });
  }
}
