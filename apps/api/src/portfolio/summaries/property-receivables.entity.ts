import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NUMERIC_AS_NUMBER } from '../../database/decimal-column';
import { Property } from '../../organizations/property.entity';

/**
 * The units of a property that owe money, counted and summed. Written only by the database's
 * triggers on `units` (migration PropertySummaries1795824000000), in the transaction of each write.
 */
@Entity({ name: 'property_receivables' })
export class PropertyReceivables {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'property_receivables_pkey' })
  propertyId!: string;

  @ManyToOne(() => Property, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id', foreignKeyConstraintName: 'property_receivables_property_fk' })
  property?: Property;

  @Column('integer', { default: 0 })
  unitsOwing!: number;

  /** Unbounded, as a sum of balances may be. */
  @Column('numeric', { default: 0, transformer: NUMERIC_AS_NUMBER })
  balanceOwed!: number;
}
