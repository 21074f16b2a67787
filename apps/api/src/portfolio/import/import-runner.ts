import { randomUUID } from 'node:crypto';
import { HttpException, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Request } from 'express';
import { DataSource } from 'typeorm';
import { AuthContext } from '../../auth/auth-context';
import { CheckedRows } from './checked-rows';
import { fileColumns, ImportDataset } from './datasets/import-dataset';
import { IMPORT_DATASET_DEFINITIONS } from './datasets/import-datasets';
import { ImportRejected, tooManyRows } from './import-failures';
import { ImportJobs } from './import-jobs.store';
import { ImportLimits } from './import-limits';
import { ImportJobReport } from './import-report';
import { ImportDatasetName } from './import-values';
import { ImportWriter } from './import-writer';
import { JobProgress } from './job-progress';
import { ImportResultDto } from './portfolio-import.dto';
import { csvRows } from './reading/csv-rows';
import { jsonRows } from './reading/json-rows';
import { bodyChunks, BodyFormat, bodyFormat, drainBody, requireUncompressed } from './reading/request-body';
import { RowValidator } from './row-validator';

/** Rows between two progress updates while reading: often enough to watch, rare enough to cost nothing. */
const PROGRESS_EVERY_ROWS = 5000;

interface Tally {
  rowsRead: number;
}

function failureReport(error: unknown): ImportJobReport {
  if (error instanceof ImportRejected) {
    const { errors, errorsTotal } = error.report;
    return { statusCode: error.getStatus(), message: error.message, errors, errorsTotal };
  }
  if (error instanceof HttpException) {
    return { statusCode: error.getStatus(), message: error.message };
  }
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'The import failed on our side.' };
}

/** Runs one import, from the request to the answer: job, reading and checking, writing. */
@Injectable()
export class ImportRunner {
  private readonly logger = new Logger('Imports');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: ImportJobs,
    private readonly writer: ImportWriter,
    private readonly limits: ImportLimits,
  ) {}

  async run(
    auth: AuthContext,
    datasetName: ImportDatasetName,
    request: Request,
    jobId: string = randomUUID(),
  ): Promise<ImportResultDto> {
    try {
      return await this.runJob(auth, datasetName, request, jobId);
    } catch (error) {
      await drainBody(request);
      throw error;
    }
  }

  private async runJob(
    auth: AuthContext,
    datasetName: ImportDatasetName,
    request: Request,
    jobId: string,
  ): Promise<ImportResultDto> {
    const dataset = IMPORT_DATASET_DEFINITIONS[datasetName];
    requireUncompressed(request);
    const format = bodyFormat(request);
    const job = { id: jobId, organizationId: auth.organizationId, userId: auth.userId, dataset: datasetName };
    await this.jobs.start(job);
    const progress = this.jobs.progressOf(jobId);
    const tally: Tally = { rowsRead: 0 };
    try {
      const rows = await this.checkedRows(dataset, format, request, auth.organizationId, progress, tally);
      progress.report({ phase: 'writing', rowsRead: tally.rowsRead });
      const { inserted, updated } = await this.writer.write(dataset, auth.organizationId, rows, (rowsWritten) =>
        progress.report({ rowsWritten }),
      );
      const unchanged = rows.size - inserted - updated;
      await progress.settled();
      await this.jobs.finish(job, {
        status: 'succeeded',
        rowsRead: tally.rowsRead,
        rowsWritten: rows.size,
        report: { inserted, updated, unchanged },
      });
      return { jobId, dataset: datasetName, rowsRead: tally.rowsRead, inserted, updated, unchanged };
    } catch (error) {
      await progress.settled();
      await this.jobs
        .finish(job, { status: 'failed', rowsRead: tally.rowsRead, rowsWritten: 0, report: failureReport(error) })
        .catch((finishError: unknown) =>
          this.logger.error(`Could not record the failure of import ${jobId}: ${String(finishError)}`),
        );
      throw error;
    }
  }

  /** Reads the body row by row and checks each; refuses the whole upload if any row is wrong. */
  private async checkedRows(
    dataset: ImportDataset,
    format: BodyFormat,
    request: Request,
    organizationId: string,
    progress: JobProgress,
    tally: Tally,
  ): Promise<CheckedRows> {
    const propertyIds = dataset.owner === 'property' ? await this.propertyIdsBySlug(organizationId) : new Map();
    const validator = new RowValidator(dataset, propertyIds);
    const chunks = bodyChunks(request, this.limits.maxBytes, () =>
      progress.report({ phase: 'validating', rowsRead: tally.rowsRead }),
    );
    const rows = format === 'csv' ? csvRows(chunks, fileColumns(dataset)) : jsonRows(chunks);
    for await (const row of rows) {
      tally.rowsRead += 1;
      if (tally.rowsRead > this.limits.maxRows) {
        throw tooManyRows(this.limits.maxRows);
      }
      validator.check(row);
      if (tally.rowsRead % PROGRESS_EVERY_ROWS === 0) {
        progress.report({ rowsRead: tally.rowsRead });
      }
    }
    if (validator.errors.total > 0) {
      throw new ImportRejected(validator.errors.report(tally.rowsRead));
    }
    return validator.rows;
  }

  private async propertyIdsBySlug(organizationId: string): Promise<Map<string, string>> {
    const properties: { id: string; slug: string }[] = await this.dataSource.query(
      'SELECT id, slug FROM properties WHERE organization_id = $1',
      [organizationId],
    );
    return new Map(properties.map(({ id, slug }) => [slug, id]));
  }
}
