import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { ErrorBodyDto } from '../../common/error-body.dto';
import { Optional } from '../../common/optional';
import { ImportJobReport, ImportReport, ImportRowError } from './import-report';
import {
  IMPORT_DATASETS,
  IMPORT_JOB_PHASES,
  IMPORT_JOB_STATUSES,
  ImportDatasetName,
  ImportJobPhase,
  ImportJobStatus,
} from './import-values';

const EXAMPLE_JOB_ID = '3f0c9a52-7c1e-4b8e-9a55-2d6f1e0b7c41';

export class ImportDatasetParamsDto {
  @ApiProperty({ enum: IMPORT_DATASETS, enumName: 'ImportDataset', example: 'metrics' })
  @IsIn(IMPORT_DATASETS, { message: `dataset must be one of ${IMPORT_DATASETS.join(', ')}` })
  dataset!: ImportDatasetName;
}

export class ImportQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'An id of your choosing, new for every import, to follow the job while the upload runs',
    example: EXAMPLE_JOB_ID,
  })
  @Optional()
  @IsUUID('all', { message: 'jobId must be a UUID' })
  jobId?: string;
}

export class ImportResultDto {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_JOB_ID })
  jobId!: string;

  @ApiProperty({ enum: IMPORT_DATASETS, enumName: 'ImportDataset', example: 'metrics' })
  dataset!: ImportDatasetName;

  @ApiProperty({ description: 'Data rows in the file (the header is not one)', example: 1200 })
  rowsRead!: number;

  @ApiProperty({ description: 'Rows whose natural key was new', example: 1000 })
  inserted!: number;

  @ApiProperty({ description: 'Existing rows of which at least one value changed', example: 150 })
  updated!: number;

  @ApiProperty({ description: 'Existing rows sent again with the same values, left as they were', example: 50 })
  unchanged!: number;
}

export class ImportRowErrorDto implements ImportRowError {
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'CSV: the physical line (the header is line 1); JSON: the array index + 1; null for the whole body',
    example: 5001,
  })
  line!: number | null;

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'The column as the file names it; null for a whole row or the body',
    example: 'occupancy_pct',
  })
  field!: string | null;

  @ApiProperty({ example: 'must be at most 100' })
  problem!: string;
}

export class ImportReportDto implements ImportReport {
  @ApiProperty({ example: 10000 })
  rowsRead!: number;

  @ApiProperty({ type: [ImportRowErrorDto], description: 'The first 1,000 problems, in line order' })
  errors!: ImportRowErrorDto[];

  @ApiProperty({ description: 'How many problems there are in all', example: 1 })
  errorsTotal!: number;
}

export class ImportRejectedBodyDto extends ErrorBodyDto {
  @ApiProperty({ type: ImportReportDto })
  report!: ImportReportDto;
}

export class ImportJobReportDto implements ImportJobReport {
  @ApiPropertyOptional({ description: 'Success: rows inserted', example: 1000 })
  inserted?: number;

  @ApiPropertyOptional({ description: 'Success: rows updated', example: 150 })
  updated?: number;

  @ApiPropertyOptional({ description: 'Success: rows sent again unchanged', example: 50 })
  unchanged?: number;

  @ApiPropertyOptional({ description: 'Failure: the status the import answered', example: 422 })
  statusCode?: number;

  @ApiPropertyOptional({
    description: 'Failure: the message the import answered',
    example: 'The import was rejected: 3 rows have problems; nothing was written',
  })
  message?: string;

  @ApiPropertyOptional({ type: [ImportRowErrorDto], description: 'Failure: the first 1,000 problems' })
  errors?: readonly ImportRowErrorDto[];

  @ApiPropertyOptional({ description: 'Failure: how many problems in all', example: 3 })
  errorsTotal?: number;
}

export class ImportJobDto {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_JOB_ID })
  id!: string;

  @ApiProperty({ enum: IMPORT_DATASETS, enumName: 'ImportDataset', example: 'metrics' })
  dataset!: ImportDatasetName;

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'Who imported',
    example: '9b2f6c1e-4d3a-4e8b-a1c2-3d4e5f6a7b8c',
  })
  userId!: string | null;

  @ApiProperty({ enum: IMPORT_JOB_STATUSES, enumName: 'ImportJobStatus', example: 'running' })
  status!: ImportJobStatus;

  @ApiProperty({
    enum: IMPORT_JOB_PHASES,
    enumName: 'ImportJobPhase',
    description:
      'reading: the body is arriving (CSV rows are checked as they come); validating: the body is in and the remaining rows are checked; writing: the transaction is upserting; done',
    example: 'writing',
  })
  phase!: ImportJobPhase;

  @ApiProperty({ description: 'Rows read so far, updated every few thousand rows', example: 100000 })
  rowsRead!: number;

  @ApiProperty({
    description: 'Rows through the upsert so far; 0 after a failure, since nothing was written',
    example: 45000,
  })
  rowsWritten!: number;

  @ApiProperty({ type: ImportJobReportDto, nullable: true, description: 'Set when the job is done' })
  report!: ImportJobReportDto | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-22T09:30:00.000Z' })
  startedAt!: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, example: '2026-11-22T09:30:04.000Z' })
  finishedAt!: string | null;
}
