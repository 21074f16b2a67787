import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { DecimalColumn } from '../../database/decimal-column';
import { Property } from '../../organizations/property.entity';
import { CollectionStatus } from './portfolio-values';

/** A resident who moved out owing money, and where its collection stands (personal data, encrypted: the name). */
@Entity({ name: 'former_residents' })
@Unique('former_residents_property_unit_moved_uq', ['propertyId', 'unitNumber', 'movedOutOn'])
@Check('former_residents_collection_status_ck', `"collection_status" IN ('in_house', 'agency', 'paid', 'written_off')`)
@Check('former_residents_resident_name_sealed_ck', `"resident_name" IS NULL OR "resident_name" LIKE 'v1:%'`)
export class FormerResident {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'former_residents_pkey' })
  id!: string;

  @Column('uuid')
  propertyId!: string;

  @ManyToOne(() => Property, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id', foreignKeyConstraintName: 'former_residents_property_fk' })
  property?: Property;

  @Column('text')
  unitNumber!: string;

  /** Null once the resident's personal data was erased. */
  @Column('text', { nullable: true })
  residentName!: string | null;

  @Column('date')
  movedOutOn!: string;

  /** What the resident left owing at move-out; it stays as it was whatever becomes of the debt. */
  @DecimalColumn(12, 2)
  balance!: number;

  /** What became of the debt: still owed (in house, agency), collected (paid) or written off. */
  @Column('text')
  collectionStatus!: CollectionStatus;
}
