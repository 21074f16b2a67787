import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type FunnelCountsDto, PortfolioLeasingApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { DashboardFilters } from '../dashboard-filters';
import { formatDate, formatNumber } from '../format';
import { describeChange } from '../kpi-tile';
import { type Tile, TileList } from '../tile-list';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';

const STAGES: readonly { readonly key: keyof FunnelCountsDto; readonly label: string }[] = [
  { key: 'leads', label: 'Leads' },
  { key: 'tours', label: 'Tours' },
  { key: 'applications', label: 'Applications' },
  { key: 'leasesSigned', label: 'Leases signed' },
];

const DAY_MS = 86_400_000;

/** More of every stage is good news. */
const STAGE_CHANGE = { kind: 'count', better: 'up' } as const;

/** `leasing.funnel`: leasing activity over the chosen days, each stage against the days just before. */
@Component({
  selector: 'od-funnel-view',
  imports: [TileList, ViewCard],
  templateUrl: './funnel-view.html',
  styleUrl: './funnel-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FunnelView {
  private readonly api = inject(PortfolioLeasingApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly funnel = viewResource({
    params: () => this.filters.periodQuery(),
    stream: ({ params }) => this.api.getLeasingFunnel(params),
  });
  protected readonly empty = computed(() => {
    if (!this.funnel.hasValue()) {
      return false;
    }
    const { current, previous } = this.funnel.value();
    return STAGES.every(({ key }) => current[key] === 0 && previous[key] === 0);
  });
  protected readonly tiles = computed<Tile[]>(() => {
    if (!this.funnel.hasValue()) {
      return [];
    }
    const { current, previous, from, to } = this.funnel.value();
    const days = Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;
    const before = days === 1 ? 'the day before' : `the ${formatNumber(days)} days before`;
    return STAGES.map(({ key, label }) => ({
      key,
      label,
      value: formatNumber(current[key]),
      change: describeChange(current[key] - previous[key], STAGE_CHANGE, before),
    }));
  });
  protected readonly footnote = computed(() => {
    if (!this.funnel.hasValue()) {
      return '';
    }
    const { from, to, previousFrom, previousTo } = this.funnel.value();
    return `${formatDate(from)} – ${formatDate(to)}, compared with ${formatDate(previousFrom)} – ${formatDate(previousTo)}`;
  });
}
