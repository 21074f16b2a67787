import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import {
  WORK_ORDER_PRIORITIES,
  WORK_ORDER_STATUSES,
  WorkOrderPriority,
  WorkOrderStatus,
} from '../../data/portfolio-values';
import { PeriodQueryDto, PropertyFilterQueryDto } from '../view-query.dto';

export class MaintenanceSummaryQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto) {}

export class WorkOrderStatusCountDto {
  @ApiProperty({ enum: WORK_ORDER_STATUSES, enumName: 'WorkOrderStatus', example: 'completed' })
  status!: WorkOrderStatus;

  @ApiProperty({ example: 118 })
  count!: number;
}

export class WorkOrderPriorityCountDto {
  @ApiProperty({ enum: WORK_ORDER_PRIORITIES, enumName: 'WorkOrderPriority', example: 'high' })
  priority!: WorkOrderPriority;

  @ApiProperty({ example: 21 })
  count!: number;
}

export class WorkOrderCategoryCountDto {
  @ApiProperty({ example: 'Plumbing' })
  category!: string;

  @ApiProperty({ example: 37 })
  count!: number;
}

export class WeeklyWorkOrdersDto {
  @ApiProperty({ format: 'date', description: 'The Monday starting the week (UTC)', example: '2026-10-05' })
  week!: string;

  @ApiProperty({ description: 'Work orders opened that week within the period', example: 14 })
  opened!: number;

  @ApiProperty({ description: 'Work orders closed (completed or cancelled) that week within the period', example: 12 })
  closed!: number;
}

export class MaintenanceSummaryDto {
  @ApiProperty({ format: 'date', example: '2026-08-03' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-10-31' })
  to!: string;

  @ApiProperty({ description: 'Work orders opened in the period', example: 164 })
  opened!: number;

  @ApiProperty({
    type: [WorkOrderStatusCountDto],
    description: 'Opened in the period, by current status; every status',
  })
  byStatus!: WorkOrderStatusCountDto[];

  @ApiProperty({ type: [WorkOrderPriorityCountDto], description: 'Opened in the period, by priority; every priority' })
  byPriority!: WorkOrderPriorityCountDto[];

  @ApiProperty({
    type: [WorkOrderCategoryCountDto],
    description: 'Opened in the period, by category, most frequent first',
  })
  byCategory!: WorkOrderCategoryCountDto[];

  @ApiProperty({ description: 'Open or in progress now, whenever opened', example: 23 })
  openNow!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Mean days from opening to closing of the completed work orders opened in the period (one decimal)',
    example: 2.4,
  })
  averageDaysToClose!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Median of the same (one decimal)', example: 1.6 })
  medianDaysToClose!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Emergency and high-priority work orders opened in the period (cancelled ones aside) completed within 48 hours, % (one decimal)',
    example: 88.9,
  })
  urgentCompletedWithin48hPct!: number | null;

  @ApiProperty({ type: [WeeklyWorkOrdersDto], description: 'Every week touching the period, oldest first' })
  weekly!: WeeklyWorkOrdersDto[];
}
