import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  NOTIFICATION_TYPES,
  NOTIFICATIONS_DEFAULT_LIMIT,
  NOTIFICATIONS_MAX_LIMIT,
  NOTIFICATIONS_MAX_READ_BATCH,
  NotificationType,
} from '@ownerdash/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

export class NotificationListQueryDto {
  @ApiPropertyOptional({ description: 'true: only those not read yet', example: true })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page', example: 'eyJhdCI6IjIwMjYtMDMtMDIifQ' })
  @IsOptional()
  @IsString({ message: 'cursor must be text' })
  cursor?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: NOTIFICATIONS_MAX_LIMIT,
    default: NOTIFICATIONS_DEFAULT_LIMIT,
    example: NOTIFICATIONS_DEFAULT_LIMIT,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(NOTIFICATIONS_MAX_LIMIT)
  limit = NOTIFICATIONS_DEFAULT_LIMIT;
}

export class NotificationActorDto {
  @ApiProperty({ format: 'uuid', example: '6a1f8c0e-2b7d-4f3a-9e5c-1d2b3c4d5e6f' })
  id!: string;

  @ApiProperty({ example: 'Sarah Miller' })
  displayName!: string;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid', example: '0c9e3b1f-6d2a-4c8b-9e7f-1a2b3c4d5e6f' })
  id!: string;

  @ApiProperty({ enum: NOTIFICATION_TYPES, enumName: 'NotificationType', example: 'mention' })
  type!: NotificationType;

  @ApiProperty({ format: 'uuid', example: '5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f' })
  conversationId!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'message_received and mention: the message',
    example: '6a1f8c0e-2b7d-4f3a-9e5c-1d2b3c4d5e6f',
  })
  messageId!: string | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description:
      "message_received and mention: the message's seq in its conversation, to open it there (null for notifications written before it was kept)",
    example: 42,
  })
  messageSeq!: number | null;

  @ApiProperty({
    type: NotificationActorDto,
    nullable: true,
    description: 'Who sent the message or added you; null once their account is gone',
  })
  actor!: NotificationActorDto | null;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T10:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  readAt!: string | null;
}

export class NotificationListDto {
  @ApiProperty({ type: [NotificationDto], description: 'Newest first' })
  items!: NotificationDto[];

  @ApiProperty({ type: String, nullable: true, description: 'For the next page; null on the last', example: null })
  nextCursor!: string | null;
}

export class NotificationUnreadCountDto {
  @ApiProperty({ type: 'integer', example: 3 })
  count!: number;
}

export class MarkNotificationsReadDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: NOTIFICATIONS_MAX_READ_BATCH,
    description: 'These (yours; others are ignored)',
    example: ['0c9e3b1f-6d2a-4c8b-9e7f-1a2b3c4d5e6f'],
  })
  @IsOptional()
  @IsArray({ message: 'ids must be a list' })
  @ArrayMaxSize(NOTIFICATIONS_MAX_READ_BATCH)
  @IsUUID('all', { each: true, message: 'each of ids must be a UUID' })
  ids?: string[];

  @ApiPropertyOptional({ description: 'true: every notification of yours', example: true })
  @IsOptional()
  @IsIn([true], { message: 'all must be true when given' })
  all?: true;
}
