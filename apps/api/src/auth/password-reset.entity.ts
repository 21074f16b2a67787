import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { User } from '../users/user.entity';

export type OneTimeTokenPurpose = 'invite' | 'reset';

/** A single-use link token (invitation or password reset), stored as its SHA-256 only. */
@Entity({ name: 'password_resets' })
@Unique('password_resets_token_hash_uq', ['tokenHash'])
@Check('password_resets_purpose_ck', `"purpose" IN ('invite', 'reset')`)
export class PasswordReset {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'password_resets_pkey' })
  id!: string;

  @Index('password_resets_user_id_idx')
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'password_resets_user_fk' })
  user?: User;

  @Column('text')
  purpose!: OneTimeTokenPurpose;

  @Column('text')
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'password_resets_created_by_fk' })
  creator?: User;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;
}
