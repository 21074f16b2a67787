import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type KpiTilesDto, PortfolioOverviewApi } from '@ownerdash/api-client';
import type { ReferenceKpiMetric, ViewDefinition } from '@ownerdash/contracts';
import { kpiShareScope } from '../../chat/kpi-share-scope';
import { ShareKpiMenu } from '../../chat/share-kpi-menu';
import { DashboardFilters } from '../dashboard-filters';
import { formatDate, formatNumber } from '../format';
import { describeChange, formatKpiValue, type KpiTileDefinition } from '../kpi-tile';
import { PortfolioProperties } from '../portfolio-properties';
import { type Tile, TileList } from '../tile-list';
import { ViewCard } from '../view-card';
import type { PlaceholderPart } from '../view-placeholder';
import { viewResource } from '../view-resource';

type TileKey = keyof Pick<
  KpiTilesDto,
  'occupancyPct' | 'leasedPct' | 'vacancyPct' | 'vacantUnits' | 'noticeUnits' | 'availableToRent'
>;

const TILES: readonly (KpiTileDefinition & { readonly key: TileKey; readonly metric: ReferenceKpiMetric })[] = [
  { key: 'occupancyPct', metric: 'occupancy_pct', label: 'Occupancy', kind: 'percent', better: 'up' },
  { key: 'leasedPct', metric: 'leased_pct', label: 'Leased', kind: 'percent', better: 'up' },
  { key: 'vacancyPct', metric: 'vacancy_pct', label: 'Vacancy', kind: 'percent', better: 'down' },
  { key: 'vacantUnits', metric: 'vacant_units', label: 'Vacant units', kind: 'count', better: 'down' },
  { key: 'noticeUnits', metric: 'notice_units', label: 'Units on notice', kind: 'count', better: 'down' },
  { key: 'availableToRent', metric: 'available_to_rent', label: 'Available to rent', kind: 'count', better: 'down' },
];

/** `overview.kpi_tiles`: the portfolio's headline occupancy figures with their 30-day change. */
@Component({
  selector: 'od-kpi-tiles-view',
  imports: [ShareKpiMenu, TileList, ViewCard],
  templateUrl: './kpi-tiles-view.html',
  styleUrl: './kpi-tiles-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KpiTilesView {
  private readonly api = inject(PortfolioOverviewApi);
  private readonly filters = inject(DashboardFilters);
  private readonly properties = inject(PortfolioProperties).list;

  readonly view = input.required<ViewDefinition>();

  protected readonly shareable = TILES.map(({ metric, label }) => ({ metric, label }));
  /** What a shared figure names: the one property picked, or the whole portfolio. */
  protected readonly shareScope = computed(() =>
    kpiShareScope(
      this.filters.viewScope()?.propertyIds ?? [],
      this.properties.value() ?? [],
      this.filters.chosenRange(),
    ),
  );

  protected readonly placeholder: readonly PlaceholderPart[] = [{ tiles: TILES.length }, 'caption'];

  protected readonly kpis = viewResource({
    params: () => {
      const scope = this.filters.viewScope();
      const asOf = this.filters.chosenRange()?.to;
      return scope && { ...scope, ...(asOf ? { asOf } : {}) };
    },
    stream: ({ params }) => this.api.getOverviewKpiTiles(params),
  });
  protected readonly empty = computed(() => this.kpis.hasValue() && this.kpis.value().asOf === null);
  protected readonly tiles = computed<Tile[]>(() => {
    if (!this.kpis.hasValue()) {
      return [];
    }
    const kpis = this.kpis.value();
    return TILES.map((tile) => ({
      key: tile.key,
      label: tile.label,
      value: formatKpiValue(kpis[tile.key].value, tile),
      change: describeChange(kpis[tile.key].change30d, tile),
      note: 'No 30-day comparison',
    }));
  });
  protected readonly footnote = computed(() => {
    if (!this.kpis.hasValue()) {
      return '';
    }
    const { asOf, properties, units } = this.kpis.value();
    const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;
    return `As of ${formatDate(asOf)} · ${count(properties, 'property', 'properties')} · ${count(units, 'unit', 'units')}`;
  });
}
