import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Session } from './session.entity';

/** A single-use refresh token, stored as its SHA-256 only. */
@Entity({ name: 'refresh_tokens' })
@Unique('refresh_tokens_token_hash_uq', ['tokenHash'])
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'refresh_tokens_pkey' })
  id!: string;

  @Index('refresh_tokens_family_id_idx')
  @Column('uuid')
  familyId!: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'family_id', foreignKeyConstraintName: 'refresh_tokens_family_fk' })
  family?: Session;

  @Column('text')
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  /**
   * When the token was exchanged for its successor, the only way a token itself is revoked (a
   * session's end is recorded on the session); a token exchanged moments ago still gets its successor.
   */
  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  /** The token this one was exchanged for; presenting a token that has one is reuse. */
  @Column('uuid', { nullable: true })
  replacedBy!: string | null;

  @ManyToOne(() => RefreshToken, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'replaced_by', foreignKeyConstraintName: 'refresh_tokens_replaced_by_fk' })
  replacement?: RefreshToken;
}
