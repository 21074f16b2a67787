import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FIGURE_UNITS,
  FigureUnit,
  REFERENCE_ID_MAX_LENGTH,
  REFERENCE_KPI_METRICS,
  REFERENCE_ROW_VIEWS,
  REFERENCE_STATE_MAX_PROPERTIES,
  REFERENCE_STATE_MAX_VALUE_LENGTH,
  REFERENCE_TYPES,
  ReferenceKpiMetric,
  ReferenceRowView,
  ReferenceType,
  SNAPSHOT_MAX_FIGURES,
  SNAPSHOT_MAX_POINTS,
  SNAPSHOT_REFERENCE_TYPES,
  SnapshotReferenceType,
  VIEW_IDS,
  ViewId,
} from '@ownerdash/contracts';
import { Type } from 'class-transformer';
import { Allow, ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { OptionalIsoDate } from '../portfolio/views/view-query.dto';

/** A KPI tile's snapshot, the example of every snapshot in the document. */
export const KPI_SNAPSHOT_EXAMPLE = {
  asOf: '2026-10-31',
  takenAt: '2026-12-07T09:30:00.000Z',
  metric: 'occupancy_pct',
  label: 'Occupancy',
  value: 92.7,
  unitOfMeasure: '%',
  change30d: -0.4,
};

export class ReferenceStateDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: REFERENCE_STATE_MAX_PROPERTIES,
    description: 'The properties picked on the dashboard',
    example: ['5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f'],
  })
  @IsOptional()
  @IsArray({ message: 'reference.state.propertyIds must be a list' })
  @ArrayMaxSize(REFERENCE_STATE_MAX_PROPERTIES)
  @IsUUID('all', { each: true, message: 'reference.state.propertyIds must hold property ids' })
  propertyIds?: string[];

  @ApiPropertyOptional({ format: 'date', example: '2026-01-01' })
  @OptionalIsoDate('reference.state.from')
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-10-31' })
  @OptionalIsoDate('reference.state.to')
  to?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-10-31' })
  @OptionalIsoDate('reference.state.asOf')
  asOf?: string;

  @ApiPropertyOptional({ maxLength: REFERENCE_STATE_MAX_VALUE_LENGTH, example: 'balance:desc' })
  @IsOptional()
  @IsString({ message: 'reference.state.sort must be text' })
  @MaxLength(REFERENCE_STATE_MAX_VALUE_LENGTH)
  sort?: string;
}

/** A reference as sent: the server checks the type and id, and takes the snapshot itself. */
export class ReferenceInputDto {
  @ApiProperty({ enum: REFERENCE_TYPES, enumName: 'ReferenceType', example: 'kpi' })
  @IsString({ message: 'reference.type must be text' })
  @MaxLength(REFERENCE_ID_MAX_LENGTH)
  type!: string;

  @ApiProperty({
    maxLength: REFERENCE_ID_MAX_LENGTH,
    description:
      'property: `<property>`; kpi: `<property|portfolio>:<metric>`; unit: `<property>:<unit number>`; chart: `<property|portfolio>:<view>`; table_row: `<property>:<view>:<row>` (a unit number in delinquency.ar_table and renewals.drillthrough, the row’s id in delinquency.evictions and delinquency.former_residents). `<property>` is the property’s slug. watchpoint is not accepted yet.',
    example: 'parkside:occupancy_pct',
  })
  @IsString({ message: 'reference.id must be text' })
  @MaxLength(REFERENCE_ID_MAX_LENGTH)
  id!: string;

  @ApiPropertyOptional({ type: ReferenceStateDto, description: 'The dashboard state the sender looked at' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferenceStateDto)
  state?: ReferenceStateDto;

  @ApiPropertyOptional({
    description: 'Ignored: the server takes the snapshot from current data when the message is sent',
    type: 'object',
    additionalProperties: true,
    example: {},
  })
  @Allow()
  snapshot?: unknown;
}

export class PropertySnapshotDto {
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-10-31' })
  asOf!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-12-07T09:30:00.000Z' })
  takenAt!: string;

  @ApiProperty({ example: 'Parkside' })
  name!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Austin' })
  city!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'TX' })
  state!: string | null;

  @ApiProperty({ type: 'integer', example: 248 })
  units!: number;

  @ApiProperty({ type: Number, nullable: true, example: 94.6 })
  occupancyPct!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 96.2 })
  leasedPct!: number | null;
}

export class KpiSnapshotDto {
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-10-31' })
  asOf!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-12-07T09:30:00.000Z' })
  takenAt!: string;

  @ApiProperty({ enum: REFERENCE_KPI_METRICS, enumName: 'ReferenceKpiMetric', example: 'occupancy_pct' })
  metric!: ReferenceKpiMetric;

  @ApiProperty({ example: 'Occupancy' })
  label!: string;

  @ApiProperty({ example: 92.7 })
  value!: number;

  @ApiProperty({ enum: ['%', 'units'], example: '%' })
  unitOfMeasure!: '%' | 'units';

  @ApiProperty({ type: Number, nullable: true, example: -0.4 })
  change30d!: number | null;
}

export class SnapshotFigureDto {
  @ApiProperty({
    description: 'Where the figure is in the view’s answer (or the row), as a dotted path; -1 is the last item',
    example: 'occupancyPct.value',
  })
  key!: string;

  @ApiProperty({ example: 'Occupancy' })
  label!: string;

  @ApiProperty({ type: Number, nullable: true, example: 92.7 })
  value!: number | null;

  @ApiProperty({ enum: FIGURE_UNITS, enumName: 'FigureUnit', example: '%' })
  unitOfMeasure!: FigureUnit;
}

export class SnapshotPointDto {
  @ApiProperty({ example: '2026-10-01' })
  label!: string;

  @ApiProperty({ type: Number, nullable: true, example: 94.1 })
  value!: number | null;
}

export class SnapshotSeriesDto {
  @ApiProperty({ description: 'Where the points are in the view’s answer', example: 'points[].occupancyPct' })
  key!: string;

  @ApiProperty({ example: 'Occupancy' })
  label!: string;

  @ApiProperty({ enum: FIGURE_UNITS, enumName: 'FigureUnit', example: '%' })
  unitOfMeasure!: FigureUnit;

  @ApiProperty({
    type: [SnapshotPointDto],
    maxItems: SNAPSHOT_MAX_POINTS,
    description: `In the view’s order; the latest ${SNAPSHOT_MAX_POINTS} when it has more`,
  })
  points!: SnapshotPointDto[];
}

export class SnapshotPeriodDto {
  @ApiProperty({ format: 'date', example: '2026-01-01' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-10-31' })
  to!: string;
}

export class ChartSnapshotDto {
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-10-31' })
  asOf!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-12-07T09:30:00.000Z' })
  takenAt!: string;

  @ApiProperty({ enum: VIEW_IDS, enumName: 'ViewId', example: 'overview.occ_trend' })
  view!: ViewId;

  @ApiProperty({ description: 'The view’s name, as its card’s heading', example: 'Occupancy over time' })
  title!: string;

  @ApiProperty({ type: SnapshotPeriodDto, nullable: true, description: 'The period the view answered for' })
  period!: SnapshotPeriodDto | null;

  @ApiProperty({ type: [SnapshotFigureDto], maxItems: SNAPSHOT_MAX_FIGURES })
  figures!: SnapshotFigureDto[];

  @ApiProperty({ type: SnapshotSeriesDto, nullable: true, description: 'What the card’s mini chart draws' })
  series!: SnapshotSeriesDto | null;
}

export class UnitSnapshotDto {
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-12-07' })
  asOf!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-12-07T09:30:00.000Z' })
  takenAt!: string;

  @ApiProperty({ example: 'Parkside' })
  propertyName!: string;

  @ApiProperty({ example: '204' })
  unitNumber!: string;

  @ApiProperty({ example: 'B2' })
  floorplan!: string;

  @ApiProperty({ type: 'integer', example: 2 })
  bedrooms!: number;

  @ApiProperty({ type: 'integer', example: 940 })
  squareFeet!: number;

  @ApiProperty({ enum: ['occupied', 'vacant', 'notice', 'model', 'down'], example: 'occupied' })
  status!: string;

  @ApiProperty({ example: 1725 })
  marketRent!: number;

  @ApiProperty({ type: Number, nullable: true, example: 1650 })
  currentRent!: number | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2027-03-31' })
  leaseEnd!: string | null;
}

export class TableRowSnapshotDto {
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-12-07' })
  asOf!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-12-07T09:30:00.000Z' })
  takenAt!: string;

  @ApiProperty({ enum: REFERENCE_ROW_VIEWS, enumName: 'ReferenceRowView', example: 'delinquency.ar_table' })
  view!: ReferenceRowView;

  @ApiProperty({ example: 'Who owes what' })
  title!: string;

  @ApiProperty({ example: 'Parkside' })
  propertyName!: string;

  @ApiProperty({ example: '204' })
  unitNumber!: string;

  @ApiProperty({
    description: 'An aging bucket, a case’s or a collection’s status, or a renewal outcome',
    example: '31-60',
  })
  status!: string;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Lease end, filing or move-out date',
    example: '2027-03-31',
  })
  date!: string | null;

  @ApiProperty({
    type: [SnapshotFigureDto],
    description: 'Balances and rents; never the resident’s name or contacts',
  })
  figures!: SnapshotFigureDto[];
}

export const SNAPSHOT_SCHEMAS = [
  PropertySnapshotDto,
  KpiSnapshotDto,
  UnitSnapshotDto,
  ChartSnapshotDto,
  TableRowSnapshotDto,
].map((model) => ({ $ref: `#/components/schemas/${model.name}` }));

@ApiExtraModels(PropertySnapshotDto, KpiSnapshotDto, UnitSnapshotDto, ChartSnapshotDto, TableRowSnapshotDto)
export class VisibleReferenceDto {
  @ApiProperty({ enum: SNAPSHOT_REFERENCE_TYPES, example: 'kpi' })
  type!: SnapshotReferenceType;

  @ApiProperty({ example: 'parkside:occupancy_pct' })
  id!: string;

  @ApiProperty({ type: ReferenceStateDto })
  state!: ReferenceStateDto;

  @ApiProperty({ example: 'Parkside · Occupancy' })
  label!: string;

  @ApiProperty({
    oneOf: SNAPSHOT_SCHEMAS,
    description: 'Taken by the server when the message was sent; its shape follows type',
    example: KPI_SNAPSHOT_EXAMPLE,
  })
  snapshot!: PropertySnapshotDto | KpiSnapshotDto | UnitSnapshotDto | ChartSnapshotDto | TableRowSnapshotDto;
}

/** What a reader who may not see the item's property or view gets: the type, nothing else. */
export class RestrictedReferenceDto {
  @ApiProperty({ enum: REFERENCE_TYPES, enumName: 'ReferenceType', example: 'kpi' })
  type!: ReferenceType;

  @ApiProperty({ enum: [true], example: true })
  restricted!: true;
}
