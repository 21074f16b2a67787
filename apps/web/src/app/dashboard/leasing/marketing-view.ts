import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { PortfolioLeasingApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { ScrollRegion } from '../../shared/scroll-region';
import { Chart } from '../chart';
import { axisTooltip } from '../chart-tooltip';
import { DashboardFilters } from '../dashboard-filters';
import { formatMonth, formatNumber } from '../format';
import { FORMAT_PIPES } from '../format-pipes';
import { TABLE_COLUMN } from '../table-column';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';

/** `leasing.marketing`: each lead source's leads and share over the period, and the leads of each month. */
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
  private readonly months = computed(() => (this.marketing.hasValue() ? this.marketing.value().months : []));
  protected readonly empty = computed(() => this.marketing.hasValue() && this.marketing.value().total === 0);
  protected readonly total = computed(() => {
    const months = this.months();
    const first = months[0];
    const last = months[months.length - 1];
    if (!this.marketing.hasValue() || !first || !last) {
      return '';
    }
    const leads = this.marketing.value().total;
    const span = first === last ? formatMonth(first.month) : `${formatMonth(first.month)} – ${formatMonth(last.month)}`;
    return `${formatNumber(leads)} ${leads === 1 ? 'lead' : 'leads'} in ${span}.`;
  });
  /** A trend needs two months at least. */
  protected readonly showChart = computed(() => this.months().length > 1);
  protected readonly chartOptions = computed<EChartsCoreOption>(() => ({
    grid: { left: 8, right: 16, top: 16, bottom: 8 },
    tooltip: axisTooltip(formatNumber),
    xAxis: { type: 'category', data: this.months().map((month) => formatMonth(month.month)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: 'Leads', data: this.months().map((month) => month.total) }],
  }));
  protected readonly chartSummary = computed(() => {
    const parts = this.months().map((month) => `${formatMonth(month.month)} ${formatNumber(month.total)}`);
    return `Leads per month: ${parts.join(', ')}.`;
  });
  protected readonly columns = ['source', 'leads', 'sharePct'];
}
