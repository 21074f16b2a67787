import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

/** A tab an admin switched off (or explicitly on) for a user; no row means visible. */
@Entity({ name: 'user_tab_access' })
export class UserTabAccess {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'user_tab_access_pkey' })
  userId!: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'user_tab_access_pkey' })
  tabId!: string;

  @Column('boolean', { default: true })
  canView!: boolean;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_tab_access_user_fk' })
  user?: User;
}
