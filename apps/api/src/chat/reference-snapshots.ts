import { Injectable } from '@nestjs/common';
import {
  KpiSnapshot,
  ParsedReference,
  parseReference,
  PropertySnapshot,
  ReferenceInput,
  ReferenceKpiMetric,
  ReferenceState,
  SNAPSHOT_REFERENCE_TYPES,
  SnapshotReferenceType,
  ViewId,
} from '@ownerdash/contracts';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { PortfolioPropertiesView } from '../portfolio/properties/portfolio-properties.view';
import { KpiTilesDto } from '../portfolio/views/overview/kpi-tiles.dto';
import { KpiTilesView } from '../portfolio/views/overview/kpi-tiles.view';
import { ViewCaller } from '../portfolio/views/view-scope.resolver';
import { ChartReferences } from './chart-references';
import { invalidReference, outOfScope, ReferencedProperty, ReferenceRights } from './reference-rights';
import { RowReferences } from './row-references';
import { StoredReference, TakenReference } from './stored-reference';

export const KPI_TILES_VIEW: ViewId = 'overview.kpi_tiles';

export const KPI_TILES: Record<ReferenceKpiMetric, { key: keyof KpiTilesDto; label: string; unit: '%' | 'units' }> = {
  occupancy_pct: { key: 'occupancyPct', label: 'Occupancy', unit: '%' },
  leased_pct: { key: 'leasedPct', label: 'Leased', unit: '%' },
  vacancy_pct: { key: 'vacancyPct', label: 'Vacancy', unit: '%' },
  available_to_rent: { key: 'availableToRent', label: 'Available to rent', unit: 'units' },
  vacant_units: { key: 'vacantUnits', label: 'Vacant units', unit: 'units' },
  notice_units: { key: 'noticeUnits', label: 'Units on notice', unit: 'units' },
};

/**
 * Checks that the sender may see what a reference points at and takes its snapshot from current
 * data, through the dashboard's own views (and so its scope predicate): what the message shows is
 * what the dashboard showed the sender. Whatever snapshot the client sent is never read.
 */
@Injectable()
export class ReferenceSnapshots {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rights: ReferenceRights,
    private readonly properties: PortfolioPropertiesView,
    private readonly kpiTiles: KpiTilesView,
    private readonly charts: ChartReferences,
    private readonly rows: RowReferences,
    private readonly clock: Clock,
  ) {}

  /**
   * `covering`: for an item of the whole portfolio, the properties to answer for instead of the
   * caller's scope or picked properties — those a snapshot taken before covered, so its value now
   * compares like with like.
   */
  async take(sender: ViewCaller, input: ReferenceInput, covering?: readonly string[]): Promise<StoredReference> {
    const reference = parsed(input);
    const state: ReferenceState = { ...input.state };
    const takenAt = this.clock.now().toISOString();
    const taken = await this.taken(sender, reference, state, takenAt, covering);
    return { ...taken, id: input.id, state } as StoredReference;
  }

  private taken(
    sender: ViewCaller,
    reference: SnapshotReference,
    state: ReferenceState,
    takenAt: string,
    covering: readonly string[] | undefined,
  ): Promise<TakenReference> {
    switch (reference.type) {
      case 'property':
        return this.propertySnapshot(sender, reference.property, takenAt);
      case 'kpi':
        return this.kpiSnapshot(sender, reference, takenAt, covering);
      case 'unit':
        return this.rows.unit(sender, reference, takenAt);
      case 'chart':
        return this.charts.take(sender, reference, state, takenAt, covering);
      case 'table_row':
        return this.rows.tableRow(sender, reference, takenAt);
    }
  }

  private async kpiSnapshot(
    sender: ViewCaller,
    reference: Extract<ParsedReference, { type: 'kpi' }>,
    takenAt: string,
    covering: readonly string[] | undefined,
  ): Promise<TakenReference> {
    const property: ReferencedProperty | null =
      reference.property === null ? null : await this.rights.visibleProperty(sender, reference.property);
    await this.rights.requireView(sender, KPI_TILES_VIEW);
    const propertyIds = property ? [property.id] : covering ? [...covering] : undefined;
    const tiles = await this.kpiTiles.load(sender, { propertyIds });
    const tile = KPI_TILES[reference.metric];
    const figure = tiles[tile.key] as { value: number; change30d: number | null };
    const snapshot: KpiSnapshot = {
      asOf: tiles.asOf,
      takenAt,
      metric: reference.metric,
      label: tile.label,
      value: figure.value,
      unitOfMeasure: tile.unit,
      change30d: figure.change30d,
    };
    return {
      type: 'kpi',
      label: `${property?.name ?? 'Portfolio'} · ${tile.label}`,
      snapshot,
      propertyIds: propertyIds ?? (await this.rights.coveredProperties(sender, undefined)),
      viewId: KPI_TILES_VIEW,
    };
  }

  private async propertySnapshot(sender: ViewCaller, slug: string, takenAt: string): Promise<TakenReference> {
    const property = await this.rights.visibleProperty(sender, slug);
    const { items } = await this.properties.load(sender);
    const listed = items.find((item) => item.id === property.id);
    if (!listed) {
      throw outOfScope(property.name);
    }
    const [latest] = await this.dataSource.query<{ asOf: string | null }[]>(
      `SELECT max(metric_date)::text AS "asOf" FROM property_daily_metrics WHERE property_id = $1`,
      [property.id],
    );
    const snapshot: PropertySnapshot = {
      asOf: latest?.asOf ?? null,
      takenAt,
      name: listed.name,
      city: listed.city,
      state: listed.state,
      units: listed.unitCount,
      occupancyPct: listed.occupancyPct,
      leasedPct: listed.leasedPct,
    };
    return { type: 'property', label: listed.name, snapshot, propertyIds: [property.id], viewId: null };
  }
}

type SnapshotReference = Extract<ParsedReference, { type: SnapshotReferenceType }>;

function parsed(input: ReferenceInput): SnapshotReference {
  const parse = parseReference(input.type, input.id);
  if (!parse.ok) {
    throw invalidReference(
      parse.problem.startsWith('reference type') ? 'reference.type' : 'reference.id',
      parse.problem,
    );
  }
  const reference = parse.reference;
  if (!isSnapshotReference(reference)) {
    throw invalidReference(
      'reference.type',
      `reference type ${reference.type} is not accepted yet; one of ${SNAPSHOT_REFERENCE_TYPES.join(', ')}`,
    );
  }
  return reference;
}

function isSnapshotReference(reference: ParsedReference): reference is SnapshotReference {
  return (SNAPSHOT_REFERENCE_TYPES as readonly string[]).includes(reference.type);
}
