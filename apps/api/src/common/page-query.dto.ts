import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The largest page any list route answers: enough for a screen, small enough to stay fast. */
export const MAX_PAGE_SIZE = 100;

/**
 * The last page a list route can be asked for. Past it nothing is listed anyway, and the cap keeps
 * the row offset (page × page size, at most 10⁸) an exact integer in JavaScript and well inside
 * PostgreSQL's OFFSET, which fails on out-of-range numbers instead of returning no rows.
 */
export const MAX_PAGE = 1_000_000;

/** `page` and `pageSize` of the paged list routes; a page or page size over its maximum is a 400. */
export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1, example: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 25, example: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize = 25;
}
