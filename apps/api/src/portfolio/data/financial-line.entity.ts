import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DecimalColumn } from '../../database/decimal-column';
import { Property } from '../../organizations/property.entity';
import { FinancialCategory } from './portfolio-values';

/** One account of a property's income statement for one month, actual against budget. */
@Entity({ name: 'financial_lines' })
@Check('financial_lines_category_ck', `"category" IN ('income', 'expense')`)
@Check('financial_lines_month_ck', `extract(day FROM "month") = 1`)
export class FinancialLine {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'financial_lines_pkey' })
  propertyId!: string;

  @ManyToOne(() => Property, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id', foreignKeyConstraintName: 'financial_lines_property_fk' })
  property?: Property;

  /** The first day of the month. */
  @PrimaryColumn('date', { primaryKeyConstraintName: 'financial_lines_pkey' })
  month!: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'financial_lines_pkey' })
  account!: string;

  @Column('text')
  category!: FinancialCategory;

  @DecimalColumn(14, 2)
  actual!: number;

  @DecimalColumn(14, 2)
  budget!: number;
}
