import { ApiProperty } from '@nestjs/swagger';

/** The months of a period that have lines: the current month is not booked until it closes. */
export class BookedMonthsDto {
  @ApiProperty({ format: 'date', description: 'First day of the first month with lines', example: '2025-12-01' })
  first!: string;

  @ApiProperty({ format: 'date', description: 'First day of the last month with lines', example: '2026-10-01' })
  last!: string;
}

/** What every financial view answers about its period. */
export class FinancialPeriodDto {
  @ApiProperty({
    format: 'date',
    description: 'First day of the period; its whole month counts',
    example: '2025-11-01',
  })
  from!: string;

  @ApiProperty({ format: 'date', description: 'Last day of the period; its whole month counts', example: '2026-10-31' })
  to!: string;

  @ApiProperty({
    type: BookedMonthsDto,
    nullable: true,
    description: 'The months of the period that have lines in your scope; null when none has',
  })
  booked!: BookedMonthsDto | null;
}
