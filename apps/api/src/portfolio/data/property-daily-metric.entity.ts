import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DecimalColumn } from '../../database/decimal-column';
import { Property } from '../../organizations/property.entity';

/** One day of a property: occupancy, availability and the leasing and renewal activity of the day. */
@Entity({ name: 'property_daily_metrics' })
@Index('property_daily_metrics_date_idx', ['metricDate'])
@Check('property_daily_metrics_pct_ck', `"occupancy_pct" BETWEEN 0 AND 100 AND "leased_pct" BETWEEN 0 AND 100`)
@Check(
  'property_daily_metrics_counts_ck',
  `LEAST("vacant", "notice", "available_to_rent", "leads", "tours", "applications", "leases_signed", "renewals_offered", "renewals_signed", "move_outs") >= 0`,
)
export class PropertyDailyMetric {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'property_daily_metrics_pkey' })
  propertyId!: string;

  @ManyToOne(() => Property, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id', foreignKeyConstraintName: 'property_daily_metrics_property_fk' })
  property?: Property;

  @PrimaryColumn('date', { primaryKeyConstraintName: 'property_daily_metrics_pkey' })
  metricDate!: string;

  @DecimalColumn(5, 2)
  occupancyPct!: number;

  @DecimalColumn(5, 2)
  leasedPct!: number;

  @Column('integer')
  vacant!: number;

  @Column('integer')
  notice!: number;

  @Column('integer')
  availableToRent!: number;

  @Column('integer')
  leads!: number;

  @Column('integer')
  tours!: number;

  @Column('integer')
  applications!: number;

  @Column('integer')
  leasesSigned!: number;

  @Column('integer')
  renewalsOffered!: number;

  @Column('integer')
  renewalsSigned!: number;

  @Column('integer')
  moveOuts!: number;
}
