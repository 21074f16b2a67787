import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type AvailabilityBucketsDto, PortfolioOverviewApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { Chart, DEFAULT_CHART_HEIGHT } from '../chart';
import { axisTooltip } from '../chart-tooltip';
import { DashboardFilters } from '../dashboard-filters';
import { formatDate, formatNumber, formatShortDate } from '../format';
import { type Tile, TileList } from '../tile-list';
import { ViewCard } from '../view-card';
import type { PlaceholderPart } from '../view-placeholder';
import { viewResource } from '../view-resource';

const BUCKETS: readonly {
  readonly key: keyof AvailabilityBucketsDto;
  readonly label: string;
  readonly note: string;
}[] = [
  { key: 'availableToRent', label: 'Available to rent', note: 'Vacant and ready, or on notice' },
  { key: 'vacantReady', label: 'Vacant, ready', note: 'No lease signed yet' },
  { key: 'vacantPreLeased', label: 'Vacant, pre-leased', note: 'Lease starts later' },
  { key: 'noticeUnrented', label: 'On notice', note: 'Not rented again yet' },
  { key: 'downOrModel', label: 'Down or model', note: 'Not rentable' },
];

/** `overview.availability`: today's availability buckets and the daily available-to-rent count of the period. */
@Component({
  selector: 'od-availability-view',
  imports: [Chart, TileList, ViewCard],
  templateUrl: './availability-view.html',
  styleUrl: './availability-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AvailabilityView {
  private readonly api = inject(PortfolioOverviewApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly placeholder: readonly PlaceholderPart[] = [
    'subheading',
    { tiles: BUCKETS.length },
    'subheading',
    { chart: DEFAULT_CHART_HEIGHT },
  ];

  protected readonly availability = viewResource({
    params: () => this.filters.periodQuery(),
    stream: ({ params }) => this.api.getOverviewAvailability(params),
  });
  protected readonly tiles = computed<Tile[]>(() => {
    if (!this.availability.hasValue()) {
      return [];
    }
    const now = this.availability.value().now;
    return BUCKETS.map(({ key, label, note }) => ({ key, label, value: formatNumber(now[key]), note }));
  });
  protected readonly trend = computed(() => (this.availability.hasValue() ? this.availability.value().trend : []));
  /** The days the daily metrics cover; days without them are gaps in the line. */
  private readonly measured = computed(() =>
    this.trend().flatMap((point) => (point.availableToRent === null ? [] : [point.availableToRent])),
  );
  protected readonly hasTrend = computed(() => this.measured().length > 0);
  protected readonly empty = computed(
    () =>
      this.availability.hasValue() &&
      !this.hasTrend() &&
      Object.values(this.availability.value().now).every((count) => count === 0),
  );
  protected readonly period = computed(() => {
    if (!this.availability.hasValue()) {
      return '';
    }
    const { from, to } = this.availability.value();
    return `${formatDate(from)} to ${formatDate(to)}`;
  });
  protected readonly chartOptions = computed<EChartsCoreOption>(() => ({
    grid: { left: 8, right: 16, top: 16, bottom: 8 },
    tooltip: axisTooltip(formatNumber),
    xAxis: { type: 'category', boundaryGap: false, data: this.trend().map((point) => formatShortDate(point.date)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'line',
        name: 'Available to rent',
        showSymbol: false,
        data: this.trend().map((point) => point.availableToRent),
      },
    ],
  }));
  protected readonly chartSummary = computed(() => {
    const counts = this.measured();
    const first = counts[0];
    const last = counts[counts.length - 1];
    return (
      `Units available to rent per day, ${this.period()}: ${formatNumber(first)} on the first day with data ` +
      `and ${formatNumber(last)} on the last, between ${formatNumber(Math.min(...counts))} ` +
      `and ${formatNumber(Math.max(...counts))}.`
    );
  });
}
