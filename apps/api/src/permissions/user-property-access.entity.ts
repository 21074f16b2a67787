import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Property } from '../organizations/property.entity';
import { User } from '../users/user.entity';

/** A property a user may see. No rows for a user means every property of the organization. */
@Entity({ name: 'user_property_access' })
export class UserPropertyAccess {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'user_property_access_pkey' })
  userId!: string;

  @Index('user_property_access_property_id_idx')
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'user_property_access_pkey' })
  propertyId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_property_access_user_fk' })
  user?: User;

  @ManyToOne(() => Property, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id', foreignKeyConstraintName: 'user_property_access_property_fk' })
  property?: Property;
}
