import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHAT_CONVERSATION_TYPES,
  CHAT_ENTITY_ID_GRAMMAR,
  CHAT_ENTITY_TYPES,
  CHAT_ENTITY_VIEWS,
  CHAT_GROUP_NAME_MAX_LENGTH,
  CHAT_MEMBER_ROLES,
  CHAT_MEMBERS_MAX_BATCH,
  CHAT_SUBJECT_MAX_LENGTH,
  ChatConversationType,
  ChatEntityType,
  ChatMemberRole,
} from '@ownerdash/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../common/page-query.dto';
import { NonBlankText } from '../common/text-input';
import { IsEntityIdOf } from './entity-id.validator';
import { MessageDto } from './messages.dto';

const ENTITY_ID_DESCRIPTION = `By type: ${CHAT_ENTITY_TYPES.map((type) => `${type} ${CHAT_ENTITY_ID_GRAMMAR[type]}`).join('; ')}`;
const ENTITY_VIEW_DESCRIPTION = `Seeing an entity needs its property in scope and the view of its type: ${CHAT_ENTITY_TYPES.map(
  (type) => `${type} ${CHAT_ENTITY_VIEWS[type]}`,
).join(', ')}`;

/** The entity type as a body or query field (the id's validator reads it). */
function EntityTypeField(): PropertyDecorator {
  return applyDecorators(
    IsIn(CHAT_ENTITY_TYPES, { message: `entityType must be one of ${CHAT_ENTITY_TYPES.join(', ')}` }),
    ApiPropertyOptional({
      enum: CHAT_ENTITY_TYPES,
      enumName: 'ChatEntityType',
      description: ENTITY_VIEW_DESCRIPTION,
      example: 'work_order',
    }),
  );
}

export class CreateConversationDto {
  @ApiProperty({ enum: CHAT_CONVERSATION_TYPES, enumName: 'ChatConversationType', example: 'direct' })
  @IsIn(CHAT_CONVERSATION_TYPES, { message: `type must be one of ${CHAT_CONVERSATION_TYPES.join(', ')}` })
  type!: ChatConversationType;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: CHAT_MEMBERS_MAX_BATCH,
    description:
      'direct: the one other person. group: the people to add besides yourself (at least one). entity: the people to add besides yourself (at least one), each of whom may see the entity.',
    example: ['5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f'],
  })
  @ValidateIf((body: CreateConversationDto) => body.type !== 'property')
  @IsArray({ message: 'memberIds must be a list of user ids' })
  @ArrayMinSize(1, { message: 'memberIds must name at least one other person' })
  @ArrayMaxSize(CHAT_MEMBERS_MAX_BATCH)
  @IsUUID('all', { each: true, message: 'each of memberIds must be a UUID' })
  memberIds?: string[];

  @ApiPropertyOptional({ maxLength: CHAT_GROUP_NAME_MAX_LENGTH, description: 'group only', example: 'Q3 budget' })
  @ValidateIf((body: CreateConversationDto) => body.type === 'group')
  @NonBlankText(CHAT_GROUP_NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'property only: a property you may see',
    example: '5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f',
  })
  @ValidateIf((body: CreateConversationDto) => body.type === 'property')
  @IsUUID('all', { message: 'propertyId must be a UUID' })
  propertyId?: string;

  @ValidateIf((body: CreateConversationDto) => body.type === 'entity')
  @EntityTypeField()
  entityType?: ChatEntityType;

  @ApiPropertyOptional({
    description: `entity only. ${ENTITY_ID_DESCRIPTION}`,
    example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b',
  })
  @ValidateIf((body: CreateConversationDto) => body.type === 'entity')
  @IsEntityIdOf()
  entityId?: string;

  @ApiPropertyOptional({
    maxLength: CHAT_SUBJECT_MAX_LENGTH,
    description: 'entity only: what the thread is about',
    example: 'Leak under the sink',
  })
  @ValidateIf((body: CreateConversationDto) => body.type === 'entity')
  @NonBlankText(CHAT_SUBJECT_MAX_LENGTH)
  subject?: string;
}

export class ConversationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CHAT_CONVERSATION_TYPES, enumName: 'ChatConversationType', example: 'group' })
  @IsOptional()
  @IsIn(CHAT_CONVERSATION_TYPES, { message: `type must be one of ${CHAT_CONVERSATION_TYPES.join(', ')}` })
  type?: ChatConversationType;

  @ValidateIf((query: ConversationListQueryDto) => query.entityType !== undefined || query.entityId !== undefined)
  @EntityTypeField()
  entityType?: ChatEntityType;

  @ApiPropertyOptional({
    description: `With entityType: only the threads about this entity. ${ENTITY_ID_DESCRIPTION}`,
    example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b',
  })
  @ValidateIf((query: ConversationListQueryDto) => query.entityType !== undefined || query.entityId !== undefined)
  @IsEntityIdOf()
  entityId?: string;
}

export class ConversationDto {
  @ApiProperty({ format: 'uuid', example: '6a1f8c0e-2b7d-4f3a-9e5c-1d2b3c4d5e6f' })
  id!: string;

  @ApiProperty({ enum: CHAT_CONVERSATION_TYPES, enumName: 'ChatConversationType', example: 'direct' })
  type!: ChatConversationType;

  @ApiProperty({
    description:
      'What to call it: the group name, the property name, the subject of an entity thread, or the other person of a direct conversation',
    example: 'Sarah Miller',
  })
  title!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'group: its name; entity: its subject',
    example: 'Q3 budget',
  })
  name!: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "property: its property; entity: the entity's property",
    example: '5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f',
  })
  propertyId!: string | null;

  @ApiProperty({
    type: String,
    enum: CHAT_ENTITY_TYPES,
    nullable: true,
    description: 'entity only: what the thread is about',
    example: 'eviction',
  })
  entityType!: ChatEntityType | null;

  @ApiProperty({ type: String, nullable: true, description: `entity only. ${ENTITY_ID_DESCRIPTION}`, example: null })
  entityId!: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'direct only: the other person, e.g. to show whether they are online',
    example: '3b1f0c9e-6d2a-4c8b-9e7f-1a2b3c4d5e6f',
  })
  peerId!: string | null;

  @ApiProperty({ type: 'integer', description: 'The seq of the newest message; 0 before the first', example: 42 })
  lastSeq!: number;

  @ApiProperty({ type: 'integer', description: 'Messages after your last read one, not sent by you', example: 3 })
  unreadCount!: number;

  @ApiProperty({ type: 'integer', description: 'The seq of the last message you read', example: 39 })
  lastReadSeq!: number;

  @ApiProperty({ type: () => MessageDto, nullable: true })
  lastMessage!: MessageDto | null;

  @ApiProperty({ format: 'date-time', example: '2026-12-07T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'The last message, or the creation when there is none',
    example: '2026-12-07T09:30:00.000Z',
  })
  lastActivityAt!: string;
}

export class ConversationListDto {
  @ApiProperty({ type: [ConversationDto] })
  items!: ConversationDto[];

  @ApiProperty({ type: 'integer', example: 12 })
  total!: number;

  @ApiProperty({ type: 'integer', example: 1 })
  page!: number;

  @ApiProperty({ type: 'integer', example: 25 })
  pageSize!: number;
}

export class ConversationMemberDto {
  @ApiProperty({ format: 'uuid', example: '5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f' })
  userId!: string;

  @ApiProperty({ example: 'Sarah Miller' })
  displayName!: string;

  @ApiProperty({ enum: CHAT_MEMBER_ROLES, enumName: 'ChatMemberRole', example: 'member' })
  role!: ChatMemberRole;

  @ApiProperty({ format: 'date-time', example: '2026-12-07T09:30:00.000Z' })
  joinedAt!: string;

  @ApiProperty({ type: 'integer', description: 'The seq of the last message they read', example: 39 })
  lastReadSeq!: number;

  @ApiProperty({
    description: 'Connected to the chat now, on any device; changes arrive as hub:presence events',
    example: true,
  })
  online!: boolean;
}

export class ConversationDetailsDto extends ConversationDto {
  @ApiProperty({
    type: [ConversationMemberDto],
    description:
      'direct, group and entity: the members. property: those who have read or written in it (everyone whose scope includes the property may).',
  })
  members!: ConversationMemberDto[];
}

export class AddMembersDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: CHAT_MEMBERS_MAX_BATCH,
    example: ['5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f'],
  })
  @IsArray({ message: 'userIds must be a list of user ids' })
  @ArrayMinSize(1, { message: 'userIds must name at least one person' })
  @ArrayMaxSize(CHAT_MEMBERS_MAX_BATCH)
  @IsUUID('all', { each: true, message: 'each of userIds must be a UUID' })
  userIds!: string[];
}
