import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { PortfolioReviewsApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { ScrollRegion } from '../../shared/scroll-region';
import { Chart } from '../chart';
import { DashboardFilters } from '../dashboard-filters';
import { formatDate, formatMonth, formatNumber, formatPercent } from '../format';
import { TABLE_COLUMN } from '../table-column';
import { type Tile, TileList } from '../tile-list';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';
import { formatRating, REVIEW_SOURCE_NAMES } from './review-sources';

const reviewCount = (count: number) => `${formatNumber(count)} ${count === 1 ? 'review' : 'reviews'}`;

/** `reviews.reputation`: all review sources together, side by side, and the rating month by month. */
@Component({
  selector: 'od-reputation-view',
  imports: [Chart, MatTableModule, ScrollRegion, TABLE_COLUMN, TileList, ViewCard],
  templateUrl: './reputation-view.html',
  styleUrl: './reputation-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReputationView {
  private readonly api = inject(PortfolioReviewsApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly reputation = viewResource({
    params: () => this.filters.periodQuery(),
    stream: ({ params }) => this.api.getReviewsReputation(params),
  });
  protected readonly empty = computed(() => this.reputation.hasValue() && this.reputation.value().count === 0);
  protected readonly tiles = computed<Tile[]>(() => {
    if (!this.reputation.hasValue()) {
      return [];
    }
    const { averageRating, count, responseRatePct } = this.reputation.value();
    return [
      { key: 'rating', label: 'Blended rating', value: formatRating(averageRating) },
      { key: 'count', label: 'Reviews', value: formatNumber(count) },
      { key: 'responseRate', label: 'Response rate', value: formatPercent(responseRatePct) },
    ];
  });
  protected readonly sources = computed(() => {
    if (!this.reputation.hasValue()) {
      return [];
    }
    const { sources, count } = this.reputation.value();
    return sources.map((source) => ({
      name: REVIEW_SOURCE_NAMES[source.source],
      count: formatNumber(source.count),
      rating: formatRating(source.averageRating),
      share: formatPercent(count === 0 ? null : Math.round((source.count * 1000) / count) / 10),
    }));
  });
  protected readonly columns = ['name', 'count', 'rating', 'share'];
  protected readonly period = computed(() => {
    if (!this.reputation.hasValue()) {
      return '';
    }
    const { from, to } = this.reputation.value();
    return `Reviews posted ${formatDate(from)} – ${formatDate(to)}`;
  });

  private readonly trend = computed(() => (this.reputation.hasValue() ? this.reputation.value().trend : []));
  protected readonly hasTrend = computed(() => this.trend().length > 0);
  protected readonly chartOptions = computed<EChartsCoreOption>(() => {
    const trend = this.trend();
    return {
      grid: { left: 8, right: 16, top: 40, bottom: 8 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: trend.map((month) => formatMonth(month.month)) },
      yAxis: [
        { type: 'value', name: 'Rating', min: 0, max: 5, interval: 1 },
        { type: 'value', name: 'Reviews', minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        {
          type: 'line',
          name: 'Average rating',
          connectNulls: false,
          data: trend.map((month) => month.averageRating),
        },
        { type: 'bar', name: 'Reviews', yAxisIndex: 1, data: trend.map((month) => month.count) },
      ],
    };
  });
  protected readonly chartSummary = computed(() => {
    const parts = this.trend().map((month) =>
      month.count === 0 || month.averageRating === null
        ? `${formatMonth(month.month)} no reviews`
        : `${formatMonth(month.month)} ${formatRating(month.averageRating)} from ${reviewCount(month.count)}`,
    );
    return `Average rating by month: ${parts.join('; ')}.`;
  });
}
