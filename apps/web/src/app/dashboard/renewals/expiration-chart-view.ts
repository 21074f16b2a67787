import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type ExpirationMonthDto, PortfolioRenewalsApi, type RenewalStatus } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { Chart } from '../chart';
import { axisTooltip } from '../chart-tooltip';
import { DashboardFilters } from '../dashboard-filters';
import { formatMonth, formatNumber } from '../format';
import { LOOKS_AHEAD } from '../forward-window';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';
import { RENEWAL_STATUS_LABELS } from './renewal-status-labels';

/** Stacked in this order, so the theme's first colors go to the decided leases. */
const OUTCOMES: readonly RenewalStatus[] = ['renewed', 'vacating', 'pending'];

function describeOutcomes(counts: Pick<ExpirationMonthDto, RenewalStatus>): string {
  return OUTCOMES.map((outcome) => `${formatNumber(counts[outcome])} ${outcome}`).join(', ');
}

/** `renewals.expiration_chart`: the leases ending in each of the next 12 months, by what becomes of them. */
@Component({
  selector: 'od-expiration-chart-view',
  imports: [Chart, ViewCard],
  templateUrl: './expiration-chart-view.html',
  styleUrl: './expiration-chart-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExpirationChartView {
  private readonly api = inject(PortfolioRenewalsApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  // The year ahead from today, whatever past period the date picker shows.
  protected readonly chart = viewResource({
    params: () => this.filters.viewScope(),
    stream: ({ params }) => this.api.getRenewalsExpirationChart(params),
  });
  protected readonly months = computed(() => (this.chart.hasValue() ? this.chart.value().months : []));
  protected readonly totals = computed(() =>
    this.months().reduce(
      (sum, month) => ({
        expiring: sum.expiring + month.expiring,
        renewed: sum.renewed + month.renewed,
        vacating: sum.vacating + month.vacating,
        pending: sum.pending + month.pending,
      }),
      { expiring: 0, renewed: 0, vacating: 0, pending: 0 },
    ),
  );
  protected readonly empty = computed(() => this.chart.hasValue() && this.totals().expiring === 0);
  protected readonly span = computed(() =>
    this.chart.hasValue()
      ? `from ${formatMonth(this.chart.value().from)} through ${formatMonth(this.chart.value().to)}`
      : '',
  );
  protected readonly totalLine = computed(() => {
    const totals = this.totals();
    const leases = totals.expiring === 1 ? 'lease ends' : 'leases end';
    return `${formatNumber(totals.expiring)} ${leases} ${this.span()}: ${describeOutcomes(totals)}.`;
  });
  protected readonly looksAhead = LOOKS_AHEAD;
  protected readonly chartOptions = computed<EChartsCoreOption>(() => ({
    grid: { left: 8, right: 8, top: 40, bottom: 8 },
    legend: { top: 0 },
    tooltip: { ...axisTooltip(formatNumber), axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: this.months().map((month) => formatMonth(month.month)),
      axisLabel: { rotate: 30 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: OUTCOMES.map((outcome) => ({
      type: 'bar',
      stack: 'leases',
      name: RENEWAL_STATUS_LABELS[outcome],
      data: this.months().map((month) => month[outcome]),
    })),
  }));
  protected readonly chartSummary = computed(() => {
    const months = this.months().map((month) =>
      month.expiring === 0
        ? `${formatMonth(month.month)} none`
        : `${formatMonth(month.month)} ${formatNumber(month.expiring)} (${describeOutcomes(month)})`,
    );
    return `Leases ending per month ${this.span()}: ${months.join('; ')}.`;
  });
}
