import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PeriodQueryDto, PropertyFilterQueryDto } from '../view-query.dto';
import { FinancialPeriodDto } from './financial-period.dto';

export class FinancialKpiHeaderQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto) {}

export class FinancialKpiDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Null when its denominator is zero', example: 93.4 })
  actual!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Null when its denominator is zero', example: 94 })
  budget!: number | null;
}

export class FinancialKpiHeaderDto extends FinancialPeriodDto {
  @ApiProperty({
    type: FinancialKpiDto,
    description:
      'Gross Potential Rent less Vacancy Loss, Concessions and Bad Debt, % of Gross Potential Rent (one decimal)',
  })
  economicOccupancyPct!: FinancialKpiDto;

  @ApiProperty({ type: FinancialKpiDto, description: 'Bad Debt, % of Gross Potential Rent (one decimal)' })
  badDebtPct!: FinancialKpiDto;

  @ApiProperty({ type: FinancialKpiDto, description: 'Net operating income: total income minus total expense' })
  noi!: FinancialKpiDto;

  @ApiProperty({ type: FinancialKpiDto, description: 'NOI, % of total income (one decimal)' })
  noiMarginPct!: FinancialKpiDto;

  @ApiProperty({ type: FinancialKpiDto, description: 'Total expense, % of total income (one decimal)' })
  expenseRatioPct!: FinancialKpiDto;
}
