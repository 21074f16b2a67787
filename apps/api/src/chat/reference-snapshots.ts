import { HttpStatus, Injectable } from '@nestjs/common';
import {
  ERROR_CODES,
  KpiSnapshot,
  ParsedReference,
  parseReference,
  PropertySnapshot,
  ReferenceKpiMetric,
  ReferenceState,
  SNAPSHOT_REFERENCE_TYPES,
  SnapshotReferenceType,
  ViewId,
} from '@ownerdash/contracts';
import { DataSource } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { Clock } from '../common/clock';
import { EffectivePermissionsService } from '../permissions/effective-permissions';
import { PortfolioPropertiesView } from '../portfolio/properties/portfolio-properties.view';
import { KpiTilesDto } from '../portfolio/views/overview/kpi-tiles.dto';
import { KpiTilesView } from '../portfolio/views/overview/kpi-tiles.view';
import { ViewCaller } from '../portfolio/views/view-scope.resolver';
import { ReferenceInputDto } from './reference.dto';
import { StoredReference } from './stored-reference';

export const KPI_TILES_VIEW: ViewId = 'overview.kpi_tiles';

export const KPI_TILES: Record<ReferenceKpiMetric, { key: keyof KpiTilesDto; label: string; unit: '%' | 'units' }> = {
  occupancy_pct: { key: 'occupancyPct', label: 'Occupancy', unit: '%' },
  leased_pct: { key: 'leasedPct', label: 'Leased', unit: '%' },
  vacancy_pct: { key: 'vacancyPct', label: 'Vacancy', unit: '%' },
  available_to_rent: { key: 'availableToRent', label: 'Available to rent', unit: 'units' },
  vacant_units: { key: 'vacantUnits', label: 'Vacant units', unit: 'units' },
  notice_units: { key: 'noticeUnits', label: 'Units on notice', unit: 'units' },
};

interface PropertyRow {
  readonly id: string;
  readonly name: string;
}

/**
 * Checks that the sender may see what a reference points at and takes its snapshot from current
 * data, through the dashboard's own views (and so its scope predicate): what the message shows is
 * what the dashboard showed the sender. Whatever snapshot the client sent is never read.
 */
@Injectable()
export class ReferenceSnapshots {
  constructor(
    private readonly dataSource: DataSource,
    private readonly permissions: EffectivePermissionsService,
    private readonly properties: PortfolioPropertiesView,
    private readonly kpiTiles: KpiTilesView,
    private readonly clock: Clock,
  ) {}

  async take(sender: ViewCaller, input: ReferenceInputDto): Promise<StoredReference> {
    const reference = parsed(input);
    const state: ReferenceState = { ...input.state };
    const property = reference.property === null ? null : await this.visibleProperty(sender, reference.property);
    const takenAt = this.clock.now().toISOString();
    if (reference.type === 'property') {
      return this.propertySnapshot(sender, property as PropertyRow, { id: input.id, state, takenAt });
    }
    await this.requireView(sender, KPI_TILES_VIEW);
    const tiles = await this.kpiTiles.load(sender, { propertyIds: property ? [property.id] : undefined });
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
      id: input.id,
      state,
      label: `${property?.name ?? 'Portfolio'} · ${tile.label}`,
      snapshot,
      propertyIds: property ? [property.id] : await this.scopeIds(sender),
      viewId: KPI_TILES_VIEW,
    };
  }

  private async propertySnapshot(
    sender: ViewCaller,
    property: PropertyRow,
    { id, state, takenAt }: { id: string; state: ReferenceState; takenAt: string },
  ): Promise<StoredReference> {
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
    return { type: 'property', id, state, label: listed.name, snapshot, propertyIds: [property.id], viewId: null };
  }

  /** The property of the sender's organization with this slug: 404 if there is none, 403 if out of scope. */
  private async visibleProperty(sender: ViewCaller, slug: string): Promise<PropertyRow> {
    const [property] = await this.dataSource.query<PropertyRow[]>(
      `SELECT id, name FROM properties WHERE organization_id = $1 AND slug = $2`,
      [sender.organizationId, slug],
    );
    if (!property) {
      const message = `reference names property "${slug}", which does not exist`;
      throw new ApiException(HttpStatus.NOT_FOUND, {
        message,
        details: [{ field: 'reference.id', problems: [message] }],
      });
    }
    const { scope } = await this.permissions.of(sender);
    if (scope.propertyIds !== null && !scope.propertyIds.includes(property.id)) {
      throw outOfScope(slug);
    }
    return property;
  }

  private async requireView(sender: ViewCaller, view: ViewId): Promise<void> {
    const { views } = await this.permissions.of(sender);
    if (!views.includes(view)) {
      throw new ApiException(HttpStatus.FORBIDDEN, {
        message: `View ${view} is hidden in your permissions: you cannot share it`,
        code: ERROR_CODES.viewNotPermitted,
        details: [{ field: 'reference.id', problems: [`view ${view} is not visible to you`] }],
      });
    }
  }

  /** The properties a portfolio figure of the sender covers: a reader must see all of them. */
  private async scopeIds(sender: ViewCaller): Promise<string[]> {
    const { scope } = await this.permissions.of(sender);
    if (scope.propertyIds !== null) {
      return [...scope.propertyIds];
    }
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM properties WHERE organization_id = $1 ORDER BY id`,
      [sender.organizationId],
    );
    return rows.map((row) => row.id);
  }
}

type SnapshotReference = Extract<ParsedReference, { type: SnapshotReferenceType }>;

function parsed(input: ReferenceInputDto): SnapshotReference {
  const parse = parseReference(input.type, input.id);
  if (!parse.ok) {
    throw invalid(parse.problem.startsWith('reference type') ? 'reference.type' : 'reference.id', parse.problem);
  }
  const reference = parse.reference;
  if (!isSnapshotReference(reference)) {
    throw invalid(
      'reference.type',
      `reference type ${reference.type} is not accepted yet; one of ${SNAPSHOT_REFERENCE_TYPES.join(', ')}`,
    );
  }
  return reference;
}

function isSnapshotReference(reference: ParsedReference): reference is SnapshotReference {
  return (SNAPSHOT_REFERENCE_TYPES as readonly string[]).includes(reference.type);
}

function invalid(field: string, problem: string): ApiException {
  return new ApiException(HttpStatus.BAD_REQUEST, {
    message: problem,
    code: ERROR_CODES.validationFailed,
    details: [{ field, problems: [problem] }],
  });
}

function outOfScope(property: string): ApiException {
  const message = `Property ${property} is outside your property scope: you cannot share it`;
  return new ApiException(HttpStatus.FORBIDDEN, {
    message,
    code: ERROR_CODES.propertyOutOfScope,
    details: [{ field: 'reference.id', problems: [message] }],
  });
}
