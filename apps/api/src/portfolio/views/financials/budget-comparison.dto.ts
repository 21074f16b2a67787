import { ApiProperty } from '@nestjs/swagger';

/** Actual against budget over a period. */
export class BudgetComparisonDto {
  @ApiProperty({ example: 412500 })
  actual!: number;

  @ApiProperty({ example: 398000 })
  budget!: number;

  @ApiProperty({ description: 'Actual minus budget', example: 14500 })
  variance!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Variance, % of the budget’s size (one decimal); null when the budget is zero',
    example: 3.6,
  })
  variancePct!: number | null;
}
