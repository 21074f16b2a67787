import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DecimalColumn } from '../../database/decimal-column';
import { Property } from '../../organizations/property.entity';

/**
 * A property's latest daily metrics and those of 30 days before (`prior…`, null without that day).
 * Written only by the database's triggers on `property_daily_metrics` (migration
 * PropertySummaries1795824000000), in the transaction of each write; every column but the
 * property is null once the property has no daily metrics left.
 */
@Entity({ name: 'property_latest_metrics' })
export class PropertyLatestMetrics {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'property_latest_metrics_pkey' })
  propertyId!: string;

  @ManyToOne(() => Property, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id', foreignKeyConstraintName: 'property_latest_metrics_property_fk' })
  property?: Property;

  @Column('date', { nullable: true })
  metricDate!: string | null;

  @DecimalColumn(5, 2, { nullable: true })
  occupancyPct!: number | null;

  @DecimalColumn(5, 2, { nullable: true })
  leasedPct!: number | null;

  @Column('integer', { nullable: true })
  vacant!: number | null;

  @Column('integer', { nullable: true })
  notice!: number | null;

  @Column('integer', { nullable: true })
  availableToRent!: number | null;

  @DecimalColumn(5, 2, { nullable: true })
  priorOccupancyPct!: number | null;

  @DecimalColumn(5, 2, { nullable: true })
  priorLeasedPct!: number | null;

  @Column('integer', { nullable: true })
  priorVacant!: number | null;

  @Column('integer', { nullable: true })
  priorNotice!: number | null;

  @Column('integer', { nullable: true })
  priorAvailableToRent!: number | null;
}
