import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type OccTrendPointDto, PortfolioOverviewApi, type TrendInterval } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { Chart, DEFAULT_CHART_HEIGHT } from '../chart';
import { axisTooltip } from '../chart-tooltip';
import { DashboardFilters } from '../dashboard-filters';
import { daysBetween, type DaySpan, formatSpan, isWholeMonth } from '../day-spans';
import { formatDate, formatMonth, formatPercent, formatShortDate } from '../format';
import { ViewCard } from '../view-card';
import type { PlaceholderPart } from '../view-placeholder';
import { viewResource } from '../view-resource';

/** Up to about a quarter, weeks give a line of several points; longer ranges read better by month. */
const MAX_WEEKLY_DAYS = 92;

type Measure = 'occupancyPct' | 'leasedPct';

/** `overview.occ_trend`: occupancy and leased % per week or month of the period. */
@Component({
  selector: 'od-occ-trend-view',
  imports: [Chart, ViewCard],
  templateUrl: './occ-trend-view.html',
  styleUrl: './occ-trend-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OccTrendView {
  private readonly api = inject(PortfolioOverviewApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly placeholder: readonly PlaceholderPart[] = ['caption', { chart: DEFAULT_CHART_HEIGHT }];

  protected readonly trend = viewResource({
    params: () => {
      const query = this.filters.periodQuery();
      const interval: TrendInterval = query && daysBetween(query.from, query.to) < MAX_WEEKLY_DAYS ? 'week' : 'month';
      return query && { ...query, interval };
    },
    stream: ({ params }) => this.api.getOverviewOccTrend(params),
  });
  private readonly points = computed(() => (this.trend.hasValue() ? this.trend.value().points : []));
  protected readonly hasData = computed(() =>
    this.points().some((point) => point.occupancyPct !== null || point.leasedPct !== null),
  );
  protected readonly empty = computed(() => this.trend.hasValue() && !this.hasData());
  protected readonly caption = computed(() => {
    if (!this.trend.hasValue()) {
      return '';
    }
    const { interval, from, to } = this.trend.value();
    return `${interval === 'month' ? 'Monthly' : 'Weekly'} averages, ${formatDate(from)} to ${formatDate(to)}`;
  });
  protected readonly chartOptions = computed<EChartsCoreOption>(() => {
    const interval = this.trend.hasValue() ? this.trend.value().interval : 'month';
    const series = (name: string, measure: Measure) => ({
      type: 'line',
      name,
      data: this.points().map((point) => point[measure]),
    });
    return {
      grid: { left: 8, right: 16, top: 40, bottom: 8 },
      legend: { top: 0 },
      tooltip: axisTooltip(formatPercent),
      // Each point by its first day within the period: the first week or month may start later
      // than usual, and a month the period covers in part is named by its days.
      xAxis: {
        type: 'category',
        data: this.points().map((point) =>
          interval === 'month' ? describePoint(point, interval) : formatShortDate(point.periodStart),
        ),
      },
      yAxis: { type: 'value', scale: true, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [series('Occupancy', 'occupancyPct'), series('Leased', 'leasedPct')],
    };
  });
  protected readonly chartSummary = computed(() => {
    const interval = this.trend.hasValue() ? this.trend.value().interval : 'month';
    const occupancy = describeMeasure(this.points(), 'occupancyPct', interval);
    const leased = describeMeasure(this.points(), 'leasedPct', interval);
    return `Occupancy by ${interval}: ${occupancy}. Leased: ${leased}.`;
  });
}

/** A week or month in a sentence: its days ("Oct 22–25, 2026"), or its name when it is a whole month. */
function describePoint(point: OccTrendPointDto, interval: TrendInterval): string {
  const days: DaySpan = { start: point.periodStart, end: point.periodEnd };
  return interval === 'month' && isWholeMonth(days) ? formatMonth(point.periodStart) : formatSpan(days);
}

/** The first and last figure with their periods, and the range between, skipping periods without data. */
function describeMeasure(points: readonly OccTrendPointDto[], measure: Measure, interval: TrendInterval): string {
  const measured = points.flatMap((point) => {
    const value = point[measure];
    return value === null ? [] : [{ value, period: describePoint(point, interval) }];
  });
  if (measured.length === 0) {
    return 'no data';
  }
  const first = measured[0];
  const last = measured[measured.length - 1];
  if (measured.length === 1) {
    return `${formatPercent(first.value)} in ${first.period}`;
  }
  const values = measured.map((point) => point.value);
  return (
    `${formatPercent(first.value)} in ${first.period}, ${formatPercent(last.value)} in ${last.period}, ` +
    `between ${formatPercent(Math.min(...values))} and ${formatPercent(Math.max(...values))}`
  );
}
