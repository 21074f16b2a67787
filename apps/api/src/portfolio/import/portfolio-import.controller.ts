import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Req, UseFilters } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { AuthContext } from '../../auth/auth-context';
import { Authenticated } from '../../auth/authenticated.decorator';
import { CurrentAuth } from '../../auth/request-auth';
import { ApiErrorResponses } from '../../common/api-error-responses.decorator';
import { ErrorBodyDto } from '../../common/error-body.dto';
import { UuidParam } from '../../common/uuid-param';
import { ImportJobs, STALLED_AFTER_MINUTES } from './import-jobs.store';
import { IMPORT_MAX_ROWS } from './import-limits';
import { ImportRejectedFilter } from './import-rejected.filter';
import { ImportRunner } from './import-runner';
import {
  ImportDatasetParamsDto,
  ImportJobDto,
  ImportQueryDto,
  ImportRejectedBodyDto,
  ImportResultDto,
} from './portfolio-import.dto';

const IMPORT_DESCRIPTION = `
Imports one dataset of your organization's portfolio from CSV (\`Content-Type: text/csv\`, UTF-8, a header row)
or a JSON array of row objects (\`Content-Type: application/json\`). Columns are snake_case as in the tables;
rows name their property by \`property_slug\`. Rows are upserted by the dataset's natural key, all of them in
one transaction: when any row is wrong the answer is 422 (code IMPORT_REJECTED) with a \`report\` listing the
first 1,000 problems by line and column, and nothing is written. Only the properties dataset creates
properties; the others must name properties of your organization.

Limits: the body may be at most 50 MB and hold at most ${IMPORT_MAX_ROWS.toLocaleString('en-US')} rows;
beyond either the answer is 413 (code IMPORT_TOO_LARGE). The 1 MB limit of other request bodies does not apply.
Send the file uncompressed: a \`Content-Encoding\` other than identity answers 415.

Pass \`jobId\` (a new UUID) to follow the import with \`GET /api/admin/import/jobs/{id}\` while it runs.
The columns, keys and example files of each dataset are in docs/import/README.md.`.trim();

@ApiTags('admin')
@Controller('admin/import')
@UseFilters(ImportRejectedFilter)
export class PortfolioImportController {
  constructor(
    private readonly runner: ImportRunner,
    private readonly jobs: ImportJobs,
  ) {}

  @Authenticated({ admin: true })
  @Post(':dataset')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'importDataset',
    summary: 'Import a dataset from CSV or JSON',
    description: IMPORT_DESCRIPTION,
  })
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'string', description: 'CSV with a header row', example: 'property_slug,date,occupancy_pct\n' },
        { type: 'array', items: { type: 'object', additionalProperties: true }, description: 'JSON rows' },
      ],
    },
  })
  @ApiOkResponse({ type: ImportResultDto, description: 'Every row written' })
  @ApiErrorResponses(400, 409)
  @ApiResponse({
    status: 413,
    type: ErrorBodyDto,
    description: 'Over 50 MB or over 500,000 rows (code IMPORT_TOO_LARGE); nothing was written',
  })
  @ApiResponse({
    status: 415,
    type: ErrorBodyDto,
    description: 'Neither UTF-8 CSV nor JSON, or compressed (a Content-Encoding other than identity)',
  })
  @ApiResponse({
    status: 422,
    type: ImportRejectedBodyDto,
    description: 'Some rows or the header are wrong (code IMPORT_REJECTED); nothing was written',
  })
  import(
    @CurrentAuth() auth: AuthContext,
    @Param() { dataset }: ImportDatasetParamsDto,
    @Query() { jobId }: ImportQueryDto,
    @Req() request: Request,
  ): Promise<ImportResultDto> {
    return this.runner.run(auth, dataset, request, jobId);
  }

  @Authenticated({ admin: true })
  @Get('jobs/:id')
  @ApiOperation({
    operationId: 'getImportJob',
    summary: 'An import of your organization: its phase and counters while it runs, its outcome once done',
    description: `A job that has reported no progress for ${STALLED_AFTER_MINUTES} minutes lost its server mid-import: it shows as failed, with nothing written.`,
  })
  @ApiOkResponse({ type: ImportJobDto })
  @ApiErrorResponses(400, 404)
  job(@CurrentAuth() auth: AuthContext, @UuidParam('id') id: string): Promise<ImportJobDto> {
    return this.jobs.describe(auth.organizationId, id);
  }
}
