import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Property } from '../../organizations/property.entity';
import { MonthlyCountKind } from './portfolio-values';

/** A count per month and label: move-outs by reason, leads by source. */
@Entity({ name: 'property_monthly_counts' })
@Check('property_monthly_counts_kind_ck', `"kind" IN ('move_out_reason', 'lead_source')`)
@Check('property_monthly_counts_month_ck', `extract(day FROM "month") = 1`)
@Check('property_monthly_counts_count_ck', `"count" >= 0`)
export class PropertyMonthlyCount {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'property_monthly_counts_pkey' })
  propertyId!: string;

  @ManyToOne(() => Property, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id', foreignKeyConstraintName: 'property_monthly_counts_property_fk' })
  property?: Property;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'property_monthly_counts_pkey' })
  kind!: MonthlyCountKind;

  /** The first day of the month. */
  @PrimaryColumn('date', { primaryKeyConstraintName: 'property_monthly_counts_pkey' })
  month!: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'property_monthly_counts_pkey' })
  label!: string;

  @Column('integer')
  count!: number;
}
