import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PeriodQueryDto, PropertyFilterQueryDto } from '../view-query.dto';
import { BudgetComparisonDto } from './budget-comparison.dto';
import { FinancialPeriodDto } from './financial-period.dto';

export class PnlQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto) {}

export class PnlAccountDto extends BudgetComparisonDto {
  @ApiProperty({ example: 'Gross Potential Rent' })
  account!: string;
}

export class PnlSectionDto {
  @ApiProperty({ type: [PnlAccountDto], description: 'Accounts with lines in the period, in statement order' })
  accounts!: PnlAccountDto[];

  @ApiProperty({ type: BudgetComparisonDto, description: 'Subtotal of the section' })
  total!: BudgetComparisonDto;
}

export class PnlDto extends FinancialPeriodDto {
  @ApiProperty({
    type: PnlSectionDto,
    description: 'Income accounts; losses, concessions and bad debt are negative amounts',
  })
  income!: PnlSectionDto;

  @ApiProperty({ type: PnlSectionDto, description: 'Operating expense accounts' })
  expense!: PnlSectionDto;

  @ApiProperty({ type: BudgetComparisonDto, description: 'Net operating income: total income minus total expense' })
  noi!: BudgetComparisonDto;
}
