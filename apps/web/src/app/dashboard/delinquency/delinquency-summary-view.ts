import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { PortfolioDelinquencyApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { DashboardFilters } from '../dashboard-filters';
import { formatCurrency, formatNumber, formatPercent } from '../format';
import { type Tile, TileList } from '../tile-list';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';
import { AGING_BUCKET_LABELS } from './aging-bucket-labels';

const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** `delinquency.summary`: what residents owe now, in total and by how long it is past due. */
@Component({
  selector: 'od-delinquency-summary-view',
  imports: [TileList, ViewCard],
  templateUrl: './delinquency-summary-view.html',
  styleUrl: './delinquency-summary-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DelinquencySummaryView {
  private readonly api = inject(PortfolioDelinquencyApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  // Balances as they stand today: the route takes no period.
  protected readonly summary = viewResource({
    params: () => this.filters.viewScope(),
    stream: ({ params }) => this.api.getDelinquencySummary(params),
  });
  protected readonly empty = computed(() => this.summary.hasValue() && this.summary.value().totalUnits === 0);
  protected readonly tiles = computed<Tile[]>(() => {
    if (!this.summary.hasValue()) {
      return [];
    }
    const summary = this.summary.value();
    const rentShare = summary.balancePctOfScheduledRent;
    return [
      {
        key: 'total',
        label: 'Total owed',
        value: formatCurrency(summary.totalBalance),
        note: rentShare === null ? 'No rent roll to compare' : `${formatPercent(rentShare)} of monthly rent`,
      },
      {
        key: 'units',
        label: 'Delinquent units',
        value: formatNumber(summary.delinquentUnits),
        note: `${formatPercent(summary.delinquentUnitsPct)} of ${count(summary.totalUnits, 'unit', 'units')}`,
      },
      ...summary.buckets.map((bucket) => ({
        key: bucket.bucket,
        label: AGING_BUCKET_LABELS[bucket.bucket],
        value: formatCurrency(bucket.balance),
        note: count(bucket.units, 'unit', 'units'),
      })),
    ];
  });
}
