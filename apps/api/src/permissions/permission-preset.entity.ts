import { Role, TabId, ViewId } from '@ownerdash/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Organization } from '../organizations/organization.entity';

/** A named bundle of role, permission tree and (optionally) property scope, applied to users at once. */
@Entity({ name: 'permission_presets' })
@Index('permission_presets_organization_name_uq', { synchronize: false })
@Check('permission_presets_role_ck', `"role" IN ('admin', 'user')`)
export class PermissionPreset {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'permission_presets_pkey' })
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'permission_presets_organization_fk' })
  organization?: Organization;

  @Column('text')
  name!: string;

  @Column('text')
  role!: Role;

  @Column('jsonb', { default: {} })
  tabs!: Partial<Record<TabId, boolean>>;

  @Column('jsonb', { default: {} })
  views!: Partial<Record<ViewId, boolean>>;

  /** Null leaves a user's property scope as it is; an empty list means every property. */
  @Column('uuid', { array: true, nullable: true })
  propertyIds!: string[] | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
