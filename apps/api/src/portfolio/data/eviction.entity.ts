import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { DecimalColumn } from '../../database/decimal-column';
import { Property } from '../../organizations/property.entity';
import { EvictionStatus } from './portfolio-values';

/** An eviction case (personal data, encrypted: the resident's name). */
@Entity({ name: 'evictions' })
@Unique('evictions_property_case_uq', ['propertyId', 'caseNumber'])
@Index('evictions_property_filed_idx', ['propertyId', 'filedOn'])
@Check('evictions_status_ck', `"status" IN ('filed', 'judgment', 'writ', 'completed', 'dismissed')`)
@Check('evictions_resident_name_sealed_ck', `"resident_name" IS NULL OR "resident_name" LIKE 'v1:%'`)
export class Eviction {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'evictions_pkey' })
  id!: string;

  @Column('uuid')
  propertyId!: string;

  @ManyToOne(() => Property, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id', foreignKeyConstraintName: 'evictions_property_fk' })
  property?: Property;

  @Column('text')
  caseNumber!: string;

  @Column('text')
  unitNumber!: string;

  /** Null once the resident's personal data was erased. */
  @Column('text', { nullable: true })
  residentName!: string | null;

  @Column('date')
  filedOn!: string;

  @Column('text')
  status!: EvictionStatus;

  @DecimalColumn(12, 2)
  balance!: number;

  @Column('date', { nullable: true })
  closedOn!: string | null;
}
