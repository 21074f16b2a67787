import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHAT_CONVERSATION_TYPES,
  CHAT_SEARCH_DEFAULT_LIMIT,
  CHAT_SEARCH_MAX_LENGTH,
  CHAT_SEARCH_MAX_LIMIT,
  ChatConversationType,
} from '@ownerdash/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { MaxCodePoints, NonBlankText } from '../common/text-input';
import { MessageDto } from './messages.dto';

export class ChatSearchQueryDto {
  @ApiProperty({
    maxLength: CHAT_SEARCH_MAX_LENGTH,
    description:
      'Words to find, as in a web search: all of them by default, "a phrase" in quotes, `or` between alternatives, -word to exclude. English stemming: "renewal" finds "renewals". Operators of other syntaxes are taken as words.',
    example: 'parkside renewal',
  })
  @NonBlankText(CHAT_SEARCH_MAX_LENGTH)
  @MaxCodePoints(CHAT_SEARCH_MAX_LENGTH)
  q!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only this conversation (one you may read)',
    example: '5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f',
  })
  @IsOptional()
  @IsUUID('all', { message: 'conversationId must be a UUID' })
  conversationId?: string;

  @ApiPropertyOptional({ enum: CHAT_CONVERSATION_TYPES, enumName: 'ChatConversationType', example: 'property' })
  @IsOptional()
  @IsIn(CHAT_CONVERSATION_TYPES, { message: `type must be one of ${CHAT_CONVERSATION_TYPES.join(', ')}` })
  type?: ChatConversationType;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Sent at or after this time',
    example: '2026-03-01T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or time' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Sent before this time', example: '2026-04-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or time' })
  to?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page', example: 'eyJyYW5rIjoiMC4xIn0' })
  @IsOptional()
  @IsString({ message: 'cursor must be text' })
  cursor?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: CHAT_SEARCH_MAX_LIMIT,
    default: CHAT_SEARCH_DEFAULT_LIMIT,
    example: CHAT_SEARCH_DEFAULT_LIMIT,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(CHAT_SEARCH_MAX_LIMIT)
  limit = CHAT_SEARCH_DEFAULT_LIMIT;
}

export class ExcerptPartDto {
  @ApiProperty({ example: 'renewal' })
  text!: string;

  @ApiProperty({ description: 'A word the search matched, to highlight', example: true })
  match!: boolean;
}

export class SearchConversationDto {
  @ApiProperty({ format: 'uuid', example: '5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f' })
  id!: string;

  @ApiProperty({ enum: CHAT_CONVERSATION_TYPES, enumName: 'ChatConversationType', example: 'property' })
  type!: ChatConversationType;

  @ApiProperty({ description: 'As the conversation list names it', example: 'Parkside' })
  title!: string;
}

export class SearchHitDto {
  @ApiProperty({ type: MessageDto })
  message!: MessageDto;

  @ApiProperty({ type: SearchConversationDto })
  conversation!: SearchConversationDto;

  @ApiProperty({
    type: [ExcerptPartDto],
    description: "The message's best passages as plain text in parts, the matched words marked: no markup to escape",
  })
  excerpt!: ExcerptPartDto[];
}

export class SearchResultsDto {
  @ApiProperty({ type: [SearchHitDto], description: 'Best match first' })
  items!: SearchHitDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'For the next page; null on the last',
    example: 'eyJyYW5rIjoiMC4xIiwiY3JlYXRlZEF0IjoiMjAyNi0wMy0wMlQxMDowMDowMC4wMDBaIiwiaWQiOiIuLi4ifQ',
  })
  nextCursor!: string | null;
}
