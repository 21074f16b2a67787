import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { PortfolioFinancialsApi, type RevenueMonthDto } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { ScrollRegion } from '../../shared/scroll-region';
import { Chart } from '../chart';
import { axisTooltip } from '../chart-tooltip';
import { DashboardFilters } from '../dashboard-filters';
import { formatCurrency, formatMonth, formatSigned } from '../format';
import { TABLE_COLUMN } from '../table-column';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';
import { formatDollars } from './budget-variance';
import { statementMonths } from './statement-months';

const compactDollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});

/** "Feb 2026", or "Dec 2025 – Feb 2026" for several months. */
function monthsSpan(first: RevenueMonthDto, last: RevenueMonthDto): string {
  return statementMonths({ first: first.month, last: last.month }) ?? '';
}

/**
 * `financials.revenue_detail`: total income month by month against budget, and what it is made of
 * (gross potential rent, the losses taken from it, other income) — the course over time that the
 * P&L, which totals each account over the period, does not show. A period shorter than a year is
 * shown among the trailing months before it, as the API answers, and the card says which months
 * are the period's.
 */
@Component({
  selector: 'od-revenue-detail-view',
  imports: [Chart, MatTableModule, ScrollRegion, TABLE_COLUMN, ViewCard],
  templateUrl: './revenue-detail-view.html',
  styleUrl: './revenue-detail-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevenueDetailView {
  private readonly api = inject(PortfolioFinancialsApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly revenue = viewResource({
    params: () => this.filters.periodQuery(),
    stream: ({ params }) => this.api.getFinancialsRevenueDetail(params),
  });
  protected readonly months = computed(() => (this.revenue.hasValue() ? this.revenue.value().months : []));
  private readonly periodMonths = computed(() => this.months().filter((month) => month.inPeriod));
  protected readonly empty = computed(() => this.revenue.hasValue() && this.months().length === 0);

  /** Which months the card covers, and which of them are the period's when it reaches back before it. */
  protected readonly span = computed(() => {
    const months = this.months();
    const period = this.periodMonths();
    const [first, last] = [months[0], months.at(-1)];
    const [periodFirst, periodLast] = [period[0], period.at(-1)];
    if (!first || !last || !periodFirst || !periodLast) {
      return '';
    }
    if (first.inPeriod) {
      return `Covers ${monthsSpan(first, last)}.`;
    }
    return (
      `The ${months.length} months to ${formatMonth(last.month)}, to compare the period’s ` +
      `${monthsSpan(periodFirst, periodLast)} with the months before it.`
    );
  });
  /** The period's total, which is the P&L's total income. */
  protected readonly periodTotal = computed(() => {
    const period = this.periodMonths();
    const [first, last] = [period[0], period.at(-1)];
    if (!first || !last) {
      return '';
    }
    const sum = (key: 'actual' | 'budget') =>
      Math.round(period.reduce((total, month) => total + month[key], 0) * 100) / 100;
    return (
      `Total income ${first === last ? 'in' : 'over'} ${monthsSpan(first, last)}: ${formatDollars(sum('actual'))} ` +
      `against a budget of ${formatDollars(sum('budget'))}.`
    );
  });

  protected readonly rows = computed(() =>
    this.months().map((month) => ({
      month: formatMonth(month.month),
      inPeriod: month.inPeriod,
      grossPotentialRent: formatDollars(month.grossPotentialRent),
      losses: formatDollars(month.losses),
      otherIncome: formatDollars(month.otherIncome),
      actual: formatDollars(month.actual),
      budget: formatDollars(month.budget),
      variance: formatSigned(month.actual - month.budget, formatCurrency),
    })),
  );
  protected readonly columns = ['month', 'grossPotentialRent', 'losses', 'otherIncome', 'actual', 'budget', 'variance'];

  protected readonly chartOptions = computed<EChartsCoreOption>(() => {
    const months = this.months();
    return {
      grid: { left: 8, right: 16, top: 40, bottom: 8 },
      legend: { top: 0 },
      tooltip: axisTooltip(formatDollars),
      xAxis: { type: 'category', data: months.map((month) => formatMonth(month.month)) },
      // Income moves by a few percent from month to month; an axis from zero would flatten it.
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: (value: number) => compactDollars.format(value) } },
      series: [
        { type: 'line', name: 'Total income', data: months.map((month) => month.actual) },
        { type: 'line', name: 'Budget', lineStyle: { type: 'dashed' }, data: months.map((month) => month.budget) },
      ],
    };
  });
  protected readonly chartSummary = computed(() => {
    const parts = this.months().map(
      (month) => `${formatMonth(month.month)} ${formatDollars(month.actual)} against ${formatDollars(month.budget)}`,
    );
    return `Total income by month, actual against budget: ${parts.join('; ')}.`;
  });
}
