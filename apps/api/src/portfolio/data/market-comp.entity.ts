import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { DecimalColumn } from '../../database/decimal-column';
import { Property } from '../../organizations/property.entity';

/** A competing property near one of ours, for the market comparison. */
@Entity({ name: 'market_comps' })
@Unique('market_comps_property_name_uq', ['propertyId', 'name'])
export class MarketComp {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'market_comps_pkey' })
  id!: string;

  @Column('uuid')
  propertyId!: string;

  @ManyToOne(() => Property, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id', foreignKeyConstraintName: 'market_comps_property_fk' })
  property?: Property;

  @Column('text')
  name!: string;

  @DecimalColumn(5, 2)
  distanceMiles!: number;

  @DecimalColumn(5, 2)
  occupancyPct!: number;

  @DecimalColumn(10, 2)
  averageRent!: number;
}
