import { ApiProperty } from '@nestjs/swagger';

/** Where a page of a table view stands; table responses carry it next to their `items`. */
export class PageInfoDto {
  @ApiProperty({ description: 'Rows across all pages', example: 137 })
  total!: number;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 25 })
  pageSize!: number;
}
