import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Organization } from './organization.entity';

/** A property of an organization's portfolio; the unit of a user's data scope. */
@Entity({ name: 'properties' })
@Unique('properties_organization_slug_uq', ['organizationId', 'slug'])
@Check('properties_unit_count_ck', `"unit_count" >= 0`)
export class Property {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'properties_pkey' })
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'properties_organization_fk' })
  organization?: Organization;

  @Column('text')
  name!: string;

  @Column('text')
  slug!: string;

  @Column('text', { nullable: true })
  address!: string | null;

  @Column('text', { nullable: true })
  city!: string | null;

  /** The two-letter state code. */
  @Column('text', { nullable: true })
  state!: string | null;

  @Column('integer', { default: 0 })
  unitCount!: number;

  @Column('smallint', { nullable: true })
  yearBuilt!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
