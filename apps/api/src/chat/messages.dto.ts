import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  CHAT_CLIENT_MESSAGE_ID_MAX_LENGTH,
  CHAT_HISTORY_MAX_LIMIT,
  CHAT_MESSAGE_MAX_LENGTH,
  MessageReference,
} from '@ownerdash/contracts';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MaxCodePoints, Trim } from '../common/text-input';
import { ReferenceInputDto, RestrictedReferenceDto, VisibleReferenceDto } from './reference.dto';

/** The largest seq a query may name: PostgreSQL bigint, kept exact in JavaScript. */
const MAX_SEQ = Number.MAX_SAFE_INTEGER;

export class MessageSenderDto {
  @ApiProperty({ format: 'uuid', example: '6a1f8c0e-2b7d-4f3a-9e5c-1d2b3c4d5e6f' })
  id!: string;

  @ApiProperty({ example: 'Sarah Miller' })
  displayName!: string;
}

export class ReactionDto {
  @ApiProperty({ example: '👍' })
  emoji!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Who reacted so, in the order they did',
    example: ['5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f'],
  })
  userIds!: string[];
}

@ApiExtraModels(VisibleReferenceDto, RestrictedReferenceDto)
export class MessageDto {
  @ApiProperty({ format: 'uuid', example: '6a1f8c0e-2b7d-4f3a-9e5c-1d2b3c4d5e6f' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '6a1f8c0e-2b7d-4f3a-9e5c-1d2b3c4d5e6f' })
  conversationId!: string;

  @ApiProperty({ type: 'integer', description: 'Position in the conversation: 1, 2, 3, … without gaps', example: 42 })
  seq!: number;

  @ApiProperty({
    description: "The sender's own id for the message, which makes retries safe",
    example: '0b7e7c1e-3f0e-4b8e-9a59-6a3f2b9c1d10',
  })
  clientMessageId!: string;

  @ApiProperty({ type: () => MessageSenderDto, nullable: true, description: 'Null once the account is erased' })
  sender!: MessageSenderDto | null;

  @ApiProperty({ description: 'Markdown; empty once deleted', example: 'Occupancy at Parkside is **up** again.' })
  content!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null })
  replyToId!: string | null;

  @ApiProperty({ type: [ReactionDto] })
  reactions!: ReactionDto[];

  @ApiProperty({ format: 'date-time', example: '2026-12-07T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  editedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  deletedAt!: string | null;

  @ApiPropertyOptional({
    oneOf: [{ $ref: getSchemaPath(VisibleReferenceDto) }, { $ref: getSchemaPath(RestrictedReferenceDto) }],
    description:
      'The dashboard item the message points at, as you may see it now: with its snapshot, or only its type (`restricted`) when its property or view is hidden from you. Absent without one.',
    example: { type: 'kpi', restricted: true },
  })
  reference?: MessageReference;
}

class MessageContentDto {
  @ApiProperty({
    maxLength: CHAT_MESSAGE_MAX_LENGTH,
    description: 'Markdown, trimmed; not blank',
    example: 'Occupancy at Parkside is **up** again.',
  })
  @Trim()
  @IsString({ message: 'content must be text' })
  @IsNotEmpty({ message: 'content must not be blank' })
  @MaxCodePoints(CHAT_MESSAGE_MAX_LENGTH)
  content!: string;
}

export class SendMessageDto extends MessageContentDto {
  @ApiProperty({
    maxLength: CHAT_CLIENT_MESSAGE_ID_MAX_LENGTH,
    description: 'Your id for this message (a UUID is best); sending it again returns the message already sent',
    example: '0b7e7c1e-3f0e-4b8e-9a59-6a3f2b9c1d10',
  })
  @IsString({ message: 'clientMessageId must be text' })
  @MaxLength(CHAT_CLIENT_MESSAGE_ID_MAX_LENGTH)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'clientMessageId may hold only letters, digits, - and _' })
  clientMessageId!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A message of the same conversation this one answers',
    example: '9d2c1b4a-7e6f-4a3b-8c2d-1e0f9a8b7c6d',
  })
  @IsOptional()
  @IsUUID('all', { message: 'replyToId must be a UUID' })
  replyToId?: string;

  @ApiPropertyOptional({
    type: ReferenceInputDto,
    description: 'A dashboard item to point at; the server checks you may see it and takes its snapshot',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferenceInputDto)
  reference?: ReferenceInputDto;
}

export class EditMessageDto extends MessageContentDto {}

export class MessageHistoryQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: 'Messages before this seq (older history)',
    example: 71,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'before must be a whole number' })
  @Min(1)
  @Max(MAX_SEQ)
  before?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'Messages after this seq (catching up)',
    example: 100,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'after must be a whole number' })
  @Min(0)
  @Max(MAX_SEQ)
  after?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: CHAT_HISTORY_MAX_LIMIT, default: 50, example: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(CHAT_HISTORY_MAX_LIMIT)
  limit = 50;
}

export class MessagePageDto {
  @ApiProperty({ type: [MessageDto], description: 'Ascending by seq' })
  items!: MessageDto[];

  @ApiProperty({
    description: 'With after: more messages follow. Otherwise: older messages precede these.',
    example: false,
  })
  hasMore!: boolean;
}

export class MarkReadDto {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'The seq of the last message read; never moves back',
    example: 42,
  })
  @Type(() => Number)
  @IsInt({ message: 'seq must be a whole number' })
  @Min(0)
  @Max(MAX_SEQ)
  seq!: number;
}

export class UnreadCountDto {
  @ApiProperty({ type: 'integer', example: 5 })
  total!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Unread messages per conversation id, for those with any',
    example: { '6a1f8c0e-2b7d-4f3a-9e5c-1d2b3c4d5e6f': 5 },
  })
  conversations!: Record<string, number>;
}
