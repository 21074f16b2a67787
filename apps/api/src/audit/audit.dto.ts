import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  AUDIT_ACTION_NAMES,
  AUDIT_OUTCOMES,
  AUDIT_TARGET_TYPES,
  AuditAction,
  AuditOutcome,
  AuditTargetType,
} from './audit-actions';

export const AUDIT_PAGE_DEFAULT_LIMIT = 50;
export const AUDIT_PAGE_MAX_LIMIT = 200;
export const AUDIT_EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

const SCALAR_SCHEMAS = [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }];

/** A detail's value: text, a number, a flag, or a list of them. */
const DETAIL_VALUE = { oneOf: [...SCALAR_SCHEMAS, { type: 'array', items: { oneOf: SCALAR_SCHEMAS } }] };

/** A changed field's value before or after: as a detail's, or null (none). */
const CHANGE_VALUE = {
  anyOf: [
    { type: 'string', nullable: true },
    ...SCALAR_SCHEMAS.slice(1),
    { type: 'array', items: { oneOf: SCALAR_SCHEMAS } },
  ],
};

/** The filters of the list and of the export. */
export class AuditFilterQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only what this person did',
    example: '6a1f8c0e-2b7d-4f3a-9e5c-1d2b3c4d5e6f',
  })
  @IsOptional()
  @IsUUID('all', { message: 'actor must be a UUID' })
  actor?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTION_NAMES, enumName: 'AuditAction', example: 'auth.signed-in' })
  @IsOptional()
  @IsIn(AUDIT_ACTION_NAMES, { message: 'action must be one of the audited actions' })
  action?: AuditAction;

  @ApiPropertyOptional({ enum: AUDIT_TARGET_TYPES, enumName: 'AuditTargetType', example: 'user' })
  @IsOptional()
  @IsIn(AUDIT_TARGET_TYPES, { message: `targetType must be one of ${AUDIT_TARGET_TYPES.join(', ')}` })
  targetType?: AuditTargetType;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'The id of the thing acted on',
    example: '6a1f8c0e-2b7d-4f3a-9e5c-1d2b3c4d5e6f',
  })
  @IsOptional()
  @IsString({ message: 'targetId must be text' })
  @MaxLength(200, { message: 'targetId must be at most 200 characters' })
  targetId?: string;

  @ApiPropertyOptional({ enum: AUDIT_OUTCOMES, enumName: 'AuditOutcome', example: 'denied' })
  @IsOptional()
  @IsIn(AUDIT_OUTCOMES, { message: `outcome must be one of ${AUDIT_OUTCOMES.join(', ')}` })
  outcome?: AuditOutcome;

  @ApiPropertyOptional({ format: 'date-time', description: 'At or after this time', example: '2026-03-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or time' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Before this time', example: '2026-04-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or time' })
  to?: string;
}

export class AuditListQueryDto extends AuditFilterQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page', example: 'eyJhdCI6IjIwMjYtMDMtMDIifQ' })
  @IsOptional()
  @IsString({ message: 'cursor must be text' })
  cursor?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: AUDIT_PAGE_MAX_LIMIT,
    default: AUDIT_PAGE_DEFAULT_LIMIT,
    example: AUDIT_PAGE_DEFAULT_LIMIT,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(AUDIT_PAGE_MAX_LIMIT)
  limit = AUDIT_PAGE_DEFAULT_LIMIT;
}

export class AuditExportQueryDto extends AuditFilterQueryDto {
  @ApiProperty({ enum: AUDIT_EXPORT_FORMATS, enumName: 'AuditExportFormat', example: 'csv' })
  @IsIn(AUDIT_EXPORT_FORMATS, { message: `format must be one of ${AUDIT_EXPORT_FORMATS.join(', ')}` })
  format!: AuditExportFormat;
}

export class AuditActorDto {
  @ApiProperty({ format: 'uuid', example: '6a1f8c0e-2b7d-4f3a-9e5c-1d2b3c4d5e6f' })
  id!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Resolved when read; null once the account is gone',
    example: 'Sarah Miller',
  })
  displayName!: string | null;
}

export class AuditChangeDto {
  @ApiProperty({ example: 'role' })
  field!: string;

  @ApiProperty({ ...CHANGE_VALUE, example: 'user' })
  before!: unknown;

  @ApiProperty({ ...CHANGE_VALUE, example: 'admin' })
  after!: unknown;
}

export class AuditEntryDto {
  @ApiProperty({ format: 'uuid', example: '0c9e3b1f-6d2a-4c8b-9e7f-1a2b3c4d5e6f' })
  id!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T14:14:00.000Z' })
  occurredAt!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'A folded view: when it was last seen',
    example: '2026-03-02T14:20:00.000Z',
  })
  lastOccurredAt!: string;

  @ApiProperty({ type: 'integer', description: 'A folded view: how often it was seen in its window', example: 1 })
  occurrences!: number;

  @ApiProperty({ type: AuditActorDto, nullable: true })
  actor!: AuditActorDto | null;

  @ApiProperty({ enum: AUDIT_ACTION_NAMES, enumName: 'AuditAction', example: 'users.role-changed' })
  action!: AuditAction;

  @ApiProperty({ description: 'How the action reads after the actor’s name', example: "changed a person's role" })
  description!: string;

  @ApiProperty({ type: String, enum: AUDIT_TARGET_TYPES, nullable: true, example: 'user' })
  targetType!: AuditTargetType | null;

  @ApiProperty({ type: String, nullable: true, example: '6a1f8c0e-2b7d-4f3a-9e5c-1d2b3c4d5e6f' })
  targetId!: string | null;

  @ApiProperty({ enum: AUDIT_OUTCOMES, enumName: 'AuditOutcome', example: 'success' })
  outcome!: AuditOutcome;

  @ApiProperty({ type: String, nullable: true, example: '203.0.113.7' })
  ip!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Mozilla/5.0' })
  userAgent!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f' })
  requestId!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: DETAIL_VALUE,
    description: 'The keys the action keeps (see the architecture document), nothing else',
    example: { role: 'user' },
  })
  details!: Record<string, unknown>;

  @ApiProperty({ type: [AuditChangeDto], description: 'Field changes, with before and after' })
  changes!: AuditChangeDto[];

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Its place in the chain; null until linked',
    example: 42,
  })
  chainSeq!: number | null;
}

export class AuditListDto {
  @ApiProperty({ type: [AuditEntryDto], description: 'Newest first' })
  items!: AuditEntryDto[];

  @ApiProperty({ type: String, nullable: true, description: 'For the next page; null on the last', example: null })
  nextCursor!: string | null;
}

export class AuditChainLinkDto {
  @ApiProperty({ format: 'uuid', example: '0c9e3b1f-6d2a-4c8b-9e7f-1a2b3c4d5e6f' })
  entryId!: string;

  @ApiProperty({ type: 'integer', example: 42 })
  chainSeq!: number;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T14:14:00.000Z' })
  occurredAt!: string;
}

export class BrokenAuditLinkDto {
  @ApiProperty({ format: 'uuid', example: '0c9e3b1f-6d2a-4c8b-9e7f-1a2b3c4d5e6f' })
  entryId!: string;

  @ApiProperty({ type: 'integer', example: 43 })
  chainSeq!: number;

  @ApiProperty({ example: 'its content is not what was chained' })
  problem!: string;
}

export class AuditVerificationDto {
  @ApiProperty({ description: 'Whether every linked entry is intact and in place', example: true })
  verified!: boolean;

  @ApiProperty({ type: AuditChainLinkDto, nullable: true, description: 'The last entry verified; null when none is' })
  upTo!: AuditChainLinkDto | null;

  @ApiProperty({
    type: BrokenAuditLinkDto,
    nullable: true,
    description: 'The first entry that fails; null when verified',
  })
  firstBroken!: BrokenAuditLinkDto | null;

  @ApiProperty({ type: 'integer', description: 'Entries written but not linked yet', example: 0 })
  unchained!: number;
}
