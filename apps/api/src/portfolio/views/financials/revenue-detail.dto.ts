import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PeriodQueryDto, PropertyFilterQueryDto } from '../view-query.dto';
import { FinancialPeriodDto } from './financial-period.dto';

export class RevenueDetailQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto) {}

/** Total income of a month and what it is made of: grossPotentialRent + losses + otherIncome = actual. */
export class RevenueMonthDto {
  @ApiProperty({ format: 'date', description: 'First day of the month', example: '2026-10-01' })
  month!: string;

  @ApiProperty({
    description: 'Whether the month is one of the period’s; false for the trailing months before it',
    example: true,
  })
  inPeriod!: boolean;

  @ApiProperty({ description: 'Gross Potential Rent', example: 215000 })
  grossPotentialRent!: number;

  @ApiProperty({
    description: 'Loss to Lease, Vacancy Loss, Concessions and Bad Debt together: a negative amount',
    example: -16350,
  })
  losses!: number;

  @ApiProperty({ description: 'Every other income account (Other Income)', example: 2750 })
  otherIncome!: number;

  @ApiProperty({ description: 'Total income: the sum of the three; zero without a line that month', example: 201400 })
  actual!: number;

  @ApiProperty({ description: 'Budgeted total income', example: 198000 })
  budget!: number;
}

export class RevenueDetailDto extends FinancialPeriodDto {
  @ApiProperty({
    type: [RevenueMonthDto],
    description:
      'Income month by month, oldest first, up to the last month of the period with income lines: the period’s months, and when they are fewer than twelve the trailing months before them, so there are twelve to compare (inPeriod tells them apart). Empty when the period has no income lines.',
  })
  months!: RevenueMonthDto[];
}
