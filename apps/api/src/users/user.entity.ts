import { Role } from '@ownerdash/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity';

/** One person's account. Emails are stored lower-cased and unique across all organizations. */
@Entity({ name: 'users' })
@Index('users_email_uq', { synchronize: false })
@Check('users_role_ck', `"role" IN ('admin', 'user')`)
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'users_pkey' })
  id!: string;

  @Index('users_organization_id_idx')
  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'users_organization_fk' })
  organization?: Organization;

  @Column('text')
  email!: string;

  /** Null until an invited user sets a password. */
  @Column('text', { nullable: true })
  passwordHash!: string | null;

  /** Set while the password is a temporary one handed out by an admin. */
  @Column('timestamptz', { nullable: true })
  passwordExpiresAt!: Date | null;

  @Column('text')
  displayName!: string;

  @Column('text', { default: 'user' })
  role!: Role;

  @Column('boolean', { default: true })
  isActive!: boolean;

  @Column('boolean', { default: false })
  mustChangePassword!: boolean;

  /** Bumped on every change to the user's rights; access tokens carrying an older value are refused. */
  @Column('integer', { default: 1 })
  permissionVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'users_created_by_fk' })
  creator?: User;

  @Column('timestamptz', { nullable: true })
  lastLogin!: Date | null;

  @Column('text', { nullable: true })
  avatarUrl!: string | null;

  /** When an admin invited the user; the invitation is pending until their first sign-in. */
  @Column('timestamptz', { nullable: true })
  invitedAt!: Date | null;

  /** When an administrator erased the person's data: the account is anonymized and stays inactive. */
  @Column('timestamptz', { nullable: true })
  erasedAt!: Date | null;
}
