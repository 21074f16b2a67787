import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHAT_SUGGESTION_TYPES,
  CHAT_SUGGESTIONS_DEFAULT_LIMIT,
  CHAT_SUGGESTIONS_MAX_LIMIT,
  CHAT_SUGGESTIONS_MAX_QUERY_LENGTH,
  ChatSuggestionType,
} from '@ownerdash/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../common/text-input';

export class SuggestionsQueryDto {
  @ApiPropertyOptional({
    maxLength: CHAT_SUGGESTIONS_MAX_QUERY_LENGTH,
    description: 'What was typed after @: part of a name, a property, a figure or a chart; the first ones when blank',
    example: 'occ',
  })
  @IsOptional()
  @Trim()
  @IsString({ message: 'q must be text' })
  @MaxLength(CHAT_SUGGESTIONS_MAX_QUERY_LENGTH)
  q?: string;

  @ApiProperty({ format: 'uuid', description: 'The conversation being written in (one you may read)' })
  @IsUUID('all', { message: 'conversationId must be a UUID' })
  conversationId!: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: CHAT_SUGGESTIONS_MAX_LIMIT,
    default: CHAT_SUGGESTIONS_DEFAULT_LIMIT,
    description: 'At most this many people, and this many items',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(CHAT_SUGGESTIONS_MAX_LIMIT)
  limit = CHAT_SUGGESTIONS_DEFAULT_LIMIT;
}

export class SuggestedPersonDto {
  @ApiProperty({ format: 'uuid', example: '5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f' })
  id!: string;

  @ApiProperty({ example: 'Sarah Miller' })
  displayName!: string;
}

export class SuggestedItemDto {
  @ApiProperty({ enum: CHAT_SUGGESTION_TYPES, enumName: 'ChatSuggestionType', example: 'kpi' })
  type!: ChatSuggestionType;

  @ApiProperty({ description: 'The reference id to send with the message', example: 'portfolio:occupancy_pct' })
  id!: string;

  @ApiProperty({ example: 'Occupancy' })
  label!: string;

  @ApiProperty({ description: 'What it is, in a few words', example: 'Figure · whole portfolio' })
  detail!: string;
}

export class SuggestionsDto {
  @ApiProperty({ type: [SuggestedPersonDto], description: 'Members of the conversation besides you, by name' })
  people!: SuggestedPersonDto[];

  @ApiProperty({
    type: [SuggestedItemDto],
    description: 'Properties in your scope, then headline figures and charts of views you may see',
  })
  items!: SuggestedItemDto[];
}
