import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHAT_PEOPLE_DEFAULT_LIMIT, CHAT_PEOPLE_MAX_LIMIT } from '@ownerdash/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../common/text-input';

/** The longest search text: more than any name or email holds. */
const PEOPLE_QUERY_MAX_LENGTH = 100;

export class PeopleQueryDto {
  @ApiPropertyOptional({
    maxLength: PEOPLE_QUERY_MAX_LENGTH,
    description: 'Part of a name or email, in any case; everyone when absent or blank',
    example: 'sarah',
  })
  @IsOptional()
  @Trim()
  @IsString({ message: 'q must be text' })
  @MaxLength(PEOPLE_QUERY_MAX_LENGTH)
  q?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: CHAT_PEOPLE_MAX_LIMIT,
    default: CHAT_PEOPLE_DEFAULT_LIMIT,
    example: CHAT_PEOPLE_DEFAULT_LIMIT,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(CHAT_PEOPLE_MAX_LIMIT)
  limit = CHAT_PEOPLE_DEFAULT_LIMIT;
}

export class PersonDto {
  @ApiProperty({ format: 'uuid', example: '5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f' })
  id!: string;

  @ApiProperty({ example: 'Sarah Miller' })
  displayName!: string;

  @ApiProperty({
    description: 'Connected to the chat now, on any device; changes arrive as hub:presence events',
    example: true,
  })
  online!: boolean;
}

export class PeopleDto {
  @ApiProperty({ type: [PersonDto], description: 'By display name' })
  items!: PersonDto[];
}
