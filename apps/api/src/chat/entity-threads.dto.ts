import { ApiProperty } from '@nestjs/swagger';
import {
  CHAT_ENTITY_COUNTS_MAX_IDS,
  CHAT_ENTITY_ID_GRAMMAR,
  CHAT_ENTITY_TYPES,
  CHAT_ENTITY_VIEWS,
  ChatEntityType,
  isChatEntityType,
  parseEntityId,
} from '@ownerdash/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, ValidateBy, ValidationArguments } from 'class-validator';

export class EntityThreadCountsQueryDto {
  @ApiProperty({
    enum: CHAT_ENTITY_TYPES,
    enumName: 'ChatEntityType',
    description: `Seeing an entity needs its property in scope and the view of its type: ${CHAT_ENTITY_TYPES.map(
      (type) => `${type} ${CHAT_ENTITY_VIEWS[type]}`,
    ).join(', ')}`,
    example: 'eviction',
  })
  @IsIn(CHAT_ENTITY_TYPES, { message: `entityType must be one of ${CHAT_ENTITY_TYPES.join(', ')}` })
  entityType!: ChatEntityType;

  @ApiProperty({
    type: String,
    description: `The entity ids, comma-separated (one table page, at most ${CHAT_ENTITY_COUNTS_MAX_IDS}). By type: ${CHAT_ENTITY_TYPES.map(
      (type) => `${type} ${CHAT_ENTITY_ID_GRAMMAR[type]}`,
    ).join('; ')}`,
    example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b,0b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((id) => id.trim().toLowerCase()) : value))
  @IsArray({ message: 'ids must be a comma-separated list of entity ids' })
  @ArrayMinSize(1, { message: 'ids must name at least one entity' })
  @ArrayMaxSize(CHAT_ENTITY_COUNTS_MAX_IDS, { message: `ids may name at most ${CHAT_ENTITY_COUNTS_MAX_IDS} entities` })
  @ValidateBy({
    name: 'entityIdsOf',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => badIds(value, args).length === 0,
      defaultMessage: (args?: ValidationArguments) =>
        `ids has ids not of the ${String((args?.object as EntityThreadCountsQueryDto).entityType)} grammar: ${badIds(args?.value, args).join(', ')}`,
    },
  })
  ids!: string[];
}

function badIds(value: unknown, args: ValidationArguments | undefined): string[] {
  const type = (args?.object as Partial<EntityThreadCountsQueryDto> | undefined)?.entityType;
  if (!Array.isArray(value) || typeof type !== 'string' || !isChatEntityType(type)) {
    return [];
  }
  return value.filter((id) => typeof id !== 'string' || !parseEntityId(type, id).ok).map(String);
}

export class EntityThreadCountDto {
  @ApiProperty({ example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b' })
  entityId!: string;

  @ApiProperty({ type: 'integer', description: 'Threads about it that you may read', example: 2 })
  count!: number;
}

export class EntityThreadCountsDto {
  @ApiProperty({ enum: CHAT_ENTITY_TYPES, enumName: 'ChatEntityType', example: 'eviction' })
  entityType!: ChatEntityType;

  @ApiProperty({ type: [EntityThreadCountDto], description: 'Every id asked for, in the order asked, zero when none' })
  counts!: EntityThreadCountDto[];
}
