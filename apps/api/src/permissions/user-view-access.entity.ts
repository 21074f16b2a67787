import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

/** A view an admin switched off for a user. Kept while its tab is hidden, so re-showing the tab restores it. */
@Entity({ name: 'user_view_access' })
export class UserViewAccess {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'user_view_access_pkey' })
  userId!: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'user_view_access_pkey' })
  viewId!: string;

  @Column('boolean', { default: true })
  canView!: boolean;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_view_access_user_fk' })
  user?: User;
}
