import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { PortfolioLeasingApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { ScrollRegion } from '../../shared/scroll-region';
import { Chart } from '../chart';
import { axisTooltip } from '../chart-tooltip';
import { DashboardFilters } from '../dashboard-filters';
import { formatSpan, isWholeMonth, monthWithin } from '../day-spans';
import { formatDate, formatMonth, formatNumber } from '../format';
import { FORMAT_PIPES } from '../format-pipes';
import { TABLE_COLUMN } from '../table-column';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';

/**
 * `leasing.marketing`: each lead source's leads and share over the period's days, and the leads of
 * each month within them: the funnel's leads of the same days, so the two cards agree.
 */
@Component({
  selector: 'od-marketing-view',
  imports: [Chart, FORMAT_PIPES, MatTableModule, ScrollRegion, TABLE_COLUMN, ViewCard],
  templateUrl: './marketing-view.html',
  styleUrl: './marketing-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarketingView {
  private readonly api = inject(PortfolioLeasingApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly marketing = viewResource({
    params: () => this.filters.periodQuery(),
    stream: ({ params }) => this.api.getLeasingMarketing(params),
  });
  protected readonly sources = computed(() => (this.marketing.hasValue() ? this.marketing.value().sources : []));
  /** Each month with its days within the period: a month the period covers in part is named by those days. */
  private readonly months = computed(() => {
    if (!this.marketing.hasValue()) {
      return [];
    }
    const { from, to, months } = this.marketing.value();
    return months.map((month) => {
      const days = monthWithin(month.month, { from, to });
      return { total: month.total, label: isWholeMonth(days) ? formatMonth(month.month) : formatSpan(days) };
    });
  });
  protected readonly empty = computed(() => this.marketing.hasValue() && this.marketing.value().total === 0);
  protected readonly total = computed(() => {
    if (!this.marketing.hasValue()) {
      return '';
    }
    const { total: leads, from, to } = this.marketing.value();
    return `${formatNumber(leads)} ${leads === 1 ? 'lead' : 'leads'} from ${formatDate(from)} to ${formatDate(to)}.`;
  });
  /** A trend needs two months at least. */
  protected readonly showChart = computed(() => this.months().length > 1);
  protected readonly chartOptions = computed<EChartsCoreOption>(() => ({
    grid: { left: 8, right: 16, top: 16, bottom: 8 },
    tooltip: axisTooltip(formatNumber),
    xAxis: { type: 'category', data: this.months().map((month) => month.label) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: 'Leads', data: this.months().map((month) => month.total) }],
  }));
  protected readonly chartSummary = computed(() => {
    const parts = this.months().map((month) => `${month.label} ${formatNumber(month.total)}`);
    return `Leads per month: ${parts.join(', ')}.`;
  });
  protected readonly columns = ['source', 'leads', 'sharePct'];
}
