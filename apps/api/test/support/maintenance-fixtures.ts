import { DataSource } from 'typeorm';
import { Property } from '../../src/organizations/property.entity';
import { WorkOrder } from '../../src/portfolio/data/work-order.entity';

export type WorkOrderFixture = Pick<WorkOrder, 'externalId' | 'category' | 'priority' | 'status'> & {
  openedAt: string;
  closedAt?: string;
};

export async function insertWorkOrders(
  dataSource: DataSource,
  property: Property,
  workOrders: WorkOrderFixture[],
): Promise<void> {
  await dataSource.getRepository(WorkOrder).insert(
    workOrders.map(({ openedAt, closedAt, ...workOrder }) => ({
      unitNumber: null,
      ...workOrder,
      openedAt: new Date(openedAt),
      closedAt: closedAt ? new Date(closedAt) : null,
      propertyId: property.id,
    })),
  );
}
