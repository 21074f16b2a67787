import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { PortfolioFinancialsApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { Chart } from '../chart';
import { axisTooltip } from '../chart-tooltip';
import { DashboardFilters } from '../dashboard-filters';
import { formatMonth } from '../format';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';
import { BudgetStatement, type StatementSection } from './budget-statement';
import { formatDollars, sumFigures } from './budget-variance';
import { statementMonths } from './statement-months';

const compactDollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});

/**
 * `financials.revenue_detail`: the income accounts over the period. The chart follows total
 * income month by month against budget; the table gives each account's total for the period.
 */
@Component({
  selector: 'od-revenue-detail-view',
  imports: [BudgetStatement, Chart, ViewCard],
  templateUrl: './revenue-detail-view.html',
  styleUrl: './financials-view.scss',
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
  protected readonly accounts = computed(() => (this.revenue.hasValue() ? this.revenue.value().accounts : []));
  protected readonly empty = computed(() => this.revenue.hasValue() && this.accounts().length === 0);
  protected readonly months = computed(() =>
    this.revenue.hasValue() ? statementMonths(this.revenue.value().booked) : null,
  );

  /** Total income per month; every account lists every month of the period in the same order. */
  private readonly monthlyTotals = computed(() => {
    const accounts = this.accounts();
    return (accounts[0]?.months ?? []).map((month, index) => ({
      label: formatMonth(month.month),
      ...sumFigures(accounts.map((account) => account.months[index])),
    }));
  });

  protected readonly sections = computed<StatementSection[]>(() => {
    const accounts = this.accounts();
    return [
      {
        lines: accounts.map((account) => ({
          label: account.account,
          figures: sumFigures(account.months),
          better: 'up',
        })),
        total: {
          label: 'Total income',
          figures: sumFigures(accounts.flatMap((account) => account.months)),
          better: 'up',
        },
      },
    ];
  });

  protected readonly chartOptions = computed<EChartsCoreOption>(() => {
    const months = this.monthlyTotals();
    return {
      grid: { left: 8, right: 16, top: 40, bottom: 8 },
      legend: { top: 0 },
      tooltip: axisTooltip(formatDollars),
      xAxis: { type: 'category', data: months.map((month) => month.label) },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => compactDollars.format(value) } },
      series: [
        { type: 'bar', name: 'Actual', data: months.map((month) => month.actual) },
        { type: 'line', name: 'Budget', data: months.map((month) => month.budget) },
      ],
    };
  });
  protected readonly chartSummary = computed(() => {
    const parts = this.monthlyTotals().map(
      (month) => `${month.label} ${formatDollars(month.actual)} against ${formatDollars(month.budget)}`,
    );
    return `Total income by month, actual against budget: ${parts.join('; ')}.`;
  });
}
