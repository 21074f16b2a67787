import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { DecimalColumn } from '../../database/decimal-column';
import { Property } from '../../organizations/property.entity';
import { RenewalStatus, UnitStatus } from './portfolio-values';

/** A rentable unit with its current lease and resident (personal data, encrypted: name, email, phone). */
@Entity({ name: 'units' })
@Unique('units_property_number_uq', ['propertyId', 'unitNumber'])
@Index('units_property_status_idx', ['propertyId', 'status'])
@Index('units_property_lease_end_idx', ['propertyId', 'leaseEnd'])
@Index('units_property_balance_idx', { synchronize: false })
@Index('units_owing_order_idx', { synchronize: false })
@Check('units_status_ck', `"status" IN ('occupied', 'vacant', 'notice', 'model', 'down')`)
@Check('units_renewal_status_ck', `"renewal_status" IN ('renewed', 'vacating', 'pending')`)
@Check('units_bedrooms_ck', `"bedrooms" BETWEEN 0 AND 10`)
@Check('units_risk_ck', `"churn_risk" BETWEEN 0 AND 1 AND "delinquency_risk" BETWEEN 0 AND 1`)
@Check('units_days_past_due_ck', `"days_past_due" >= 0`)
@Check('units_resident_name_sealed_ck', `"resident_name" IS NULL OR "resident_name" LIKE 'v1:%'`)
@Check('units_resident_email_sealed_ck', `"resident_email" IS NULL OR "resident_email" LIKE 'v1:%'`)
@Check('units_resident_phone_sealed_ck', `"resident_phone" IS NULL OR "resident_phone" LIKE 'v1:%'`)
export class Unit {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'units_pkey' })
  id!: string;

  @Column('uuid')
  propertyId!: string;

  @ManyToOne(() => Property, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id', foreignKeyConstraintName: 'units_property_fk' })
  property?: Property;

  @Column('text')
  unitNumber!: string;

  @Column('text')
  floorplan!: string;

  @Column('smallint')
  bedrooms!: number;

  @DecimalColumn(3, 1)
  bathrooms!: number;

  @Column('integer')
  squareFeet!: number;

  @DecimalColumn(10, 2)
  marketRent!: number;

  /** The rent of the current lease; null when no one lives there. */
  @DecimalColumn(10, 2, { nullable: true })
  currentRent!: number | null;

  /** The rent of the lease before the current one: what a trade-out compares with. */
  @DecimalColumn(10, 2, { nullable: true })
  previousRent!: number | null;

  @Column('text')
  status!: UnitStatus;

  @Column('date', { nullable: true })
  leaseStart!: string | null;

  @Column('date', { nullable: true })
  leaseEnd!: string | null;

  @Column('text', { nullable: true })
  renewalStatus!: RenewalStatus | null;

  @Column('text', { nullable: true })
  residentName!: string | null;

  @Column('text', { nullable: true })
  residentEmail!: string | null;

  @Column('text', { nullable: true })
  residentPhone!: string | null;

  @DecimalColumn(12, 2, { default: 0 })
  balance!: number;

  @Column('integer', { default: 0 })
  daysPastDue!: number;

  @DecimalColumn(4, 3, { nullable: true })
  churnRisk!: number | null;

  @DecimalColumn(4, 3, { nullable: true })
  delinquencyRisk!: number | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
