import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PeriodQueryDto, PropertyFilterQueryDto } from '../view-query.dto';
import { FinancialPeriodDto } from './financial-period.dto';

export class RevenueDetailQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto) {}

export class RevenueMonthDto {
  @ApiProperty({ format: 'date', description: 'First day of the month', example: '2026-10-01' })
  month!: string;

  @ApiProperty({ description: 'Zero without a line that month', example: 201400 })
  actual!: number;

  @ApiProperty({ example: 198000 })
  budget!: number;
}

export class RevenueAccountDto {
  @ApiProperty({ example: 'Gross Potential Rent' })
  account!: string;

  @ApiProperty({ type: [RevenueMonthDto], description: 'Every month of the period, oldest first' })
  months!: RevenueMonthDto[];
}

export class RevenueDetailDto extends FinancialPeriodDto {
  @ApiProperty({
    type: [RevenueAccountDto],
    description: 'Income accounts with lines in the period, in statement order; losses are negative amounts',
  })
  accounts!: RevenueAccountDto[];
}
