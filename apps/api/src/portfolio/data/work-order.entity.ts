import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Property } from '../../organizations/property.entity';
import { WorkOrderPriority, WorkOrderStatus } from './portfolio-values';

/** A maintenance request, from opening to closing. */
@Entity({ name: 'work_orders' })
@Unique('work_orders_property_external_uq', ['propertyId', 'externalId'])
@Index('work_orders_property_opened_idx', ['propertyId', 'openedAt'])
@Check('work_orders_priority_ck', `"priority" IN ('low', 'normal', 'high', 'emergency')`)
@Check('work_orders_status_ck', `"status" IN ('open', 'in_progress', 'completed', 'cancelled')`)
@Check('work_orders_closed_ck', `"closed_at" IS NULL OR "closed_at" >= "opened_at"`)
export class WorkOrder {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'work_orders_pkey' })
  id!: string;

  @Column('uuid')
  propertyId!: string;

  @ManyToOne(() => Property, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id', foreignKeyConstraintName: 'work_orders_property_fk' })
  property?: Property;

  /** The work order's number in the property-management system: the natural key of imports. */
  @Column('text')
  externalId!: string;

  /** Null for common areas. */
  @Column('text', { nullable: true })
  unitNumber!: string | null;

  @Column('text')
  category!: string;

  @Column('text')
  priority!: WorkOrderPriority;

  @Column('text')
  status!: WorkOrderStatus;

  @Column('timestamptz')
  openedAt!: Date;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;
}
