import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Organization } from './organization.entity';

/** A property of an organization's portfolio; the unit of a user's data scope. */
@Entity({ name: 'properties' })
@Unique('properties_organization_slug_uq', ['organizationId', 'slug'])
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
