import { HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { DataSource, Repository } from 'typeorm';
import { ApiException } from '../../common/api-exception';
import { DomainEvents } from '../../events/domain-events';
import { ImportFinished, ImportStarted } from './import.events';
import { ImportJob } from './import-job.entity';
import { ImportJobReport } from './import-report';
import { ImportDatasetName } from './import-values';
import { JobProgress } from './job-progress';
import { ImportJobDto } from './portfolio-import.dto';

export interface NewImportJob {
  readonly id: string;
  readonly organizationId: string;
  readonly userId: string;
  readonly dataset: ImportDatasetName;
}

export interface ImportJobOutcome {
  readonly status: 'succeeded' | 'failed';
  readonly rowsRead: number;
  readonly rowsWritten: number;
  readonly report: ImportJobReport;
}

/**
 * A running job reports progress every 5,000 rows read or written and when its body ends, and
 * Node refuses a request body that takes over 5 minutes, so a job silent this long has lost its
 * server (a restart or a crash) and will never finish.
 */
export const STALLED_AFTER_MINUTES = 10;

/** Its transaction never committed: all-or-nothing means nothing of it was written. */
const STALLED_REPORT: ImportJobReport = {
  message: 'The import stopped before it finished (its server went away); nothing was written. Send the file again.',
};

/**
 * The import_jobs table: jobs start running, report progress, and finish with their outcome.
 * Each of its writes is one statement that commits on its own, so its events follow it directly.
 */
@Injectable()
export class ImportJobs {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  private get repository(): Repository<ImportJob> {
    return this.dataSource.getRepository(ImportJob);
  }

  async start(job: NewImportJob): Promise<void> {
    const created: unknown[] = await this.dataSource.query(
      `INSERT INTO import_jobs (id, organization_id, user_id, dataset, status, phase)
       VALUES ($1, $2, $3, $4, 'running', 'reading')
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [job.id, job.organizationId, job.userId, job.dataset],
    );
    if (created.length === 0) {
      throw new ApiException(HttpStatus.CONFLICT, {
        message: 'This jobId is taken: give every import a new UUID, or leave jobId out.',
        code: ERROR_CODES.importJobExists,
      });
    }
    this.events.publish([new ImportStarted(job.id, job.organizationId, job.userId, job.dataset)]);
  }

  progressOf(id: string): JobProgress {
    return new JobProgress(async (progress) => {
      await this.repository.update({ id }, progress);
    });
  }

  async finish(job: NewImportJob, outcome: ImportJobOutcome): Promise<void> {
    await this.repository.update({ id: job.id }, { ...outcome, phase: 'done', finishedAt: () => 'now()' });
    this.events.publish([
      new ImportFinished(job.id, job.organizationId, job.userId, job.dataset, outcome.status, outcome.rowsWritten),
    ]);
  }

  /** A job of the caller's organization; another organization's job is as unknown as a made-up id. */
  async describe(organizationId: string, id: string): Promise<ImportJobDto> {
    await this.failIfStalled(organizationId, id);
    const job = await this.repository.findOneBy({ id, organizationId });
    if (!job) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        message: 'There is no import job with this id in your organization.',
      });
    }
    return {
      id: job.id,
      dataset: job.dataset,
      userId: job.userId,
      status: job.status,
      phase: job.phase,
      rowsRead: job.rowsRead,
      rowsWritten: job.rowsWritten,
      report: job.report,
      startedAt: job.startedAt.toISOString(),
      finishedAt: job.finishedAt?.toISOString() ?? null,
    };
  }

  /** Records a dead job as failed, finished when it was last heard of. */
  private async failIfStalled(organizationId: string, id: string): Promise<void> {
    // An UPDATE answers [rows, row count] through TypeORM's query().
    const [[stalled]] = await this.dataSource.query<[{ userId: string; dataset: ImportDatasetName }[], number]>(
      `UPDATE import_jobs
       SET status = 'failed', phase = 'done', rows_written = 0, report = $3, finished_at = updated_at, updated_at = now()
       WHERE id = $1 AND organization_id = $2 AND status = 'running'
         AND updated_at < now() - make_interval(mins => $4)
       RETURNING user_id AS "userId", dataset`,
      [id, organizationId, JSON.stringify(STALLED_REPORT), STALLED_AFTER_MINUTES],
    );
    if (stalled) {
      this.events.publish([new ImportFinished(id, organizationId, stalled.userId, stalled.dataset, 'failed', 0)]);
    }
  }
}
