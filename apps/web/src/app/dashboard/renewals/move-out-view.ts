import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { PortfolioRenewalsApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { ScrollRegion } from '../../shared/scroll-region';
import { Chart } from '../chart';
import { axisTooltip } from '../chart-tooltip';
import { DashboardFilters } from '../dashboard-filters';
import { formatMonth, formatNumber, formatPercent } from '../format';
import { TABLE_COLUMN } from '../table-column';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';

/** `renewals.move_out`: why residents moved out in the period, as a bar per reason and a table. */
@Component({
  selector: 'od-move-out-view',
  imports: [Chart, MatTableModule, ScrollRegion, TABLE_COLUMN, ViewCard],
  templateUrl: './move-out-view.html',
  styleUrl: './move-out-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoveOutView {
  private readonly api = inject(PortfolioRenewalsApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly moveOuts = viewResource({
    params: () => this.filters.periodQuery(),
    stream: ({ params }) => this.api.getRenewalsMoveOut(params),
  });
  protected readonly reasons = computed(() => (this.moveOuts.hasValue() ? this.moveOuts.value().reasons : []));
  protected readonly empty = computed(() => this.moveOuts.hasValue() && this.moveOuts.value().total === 0);
  /** The counts are monthly, so the figures cover the months the period touches, whole. */
  protected readonly months = computed(() => {
    if (!this.moveOuts.hasValue()) {
      return '';
    }
    const first = formatMonth(this.moveOuts.value().from);
    const last = formatMonth(this.moveOuts.value().to);
    return first === last ? `in ${first}` : `from ${first} through ${last}`;
  });
  protected readonly totalLine = computed(() => {
    const total = this.moveOuts.hasValue() ? this.moveOuts.value().total : 0;
    return `${formatNumber(total)} ${total === 1 ? 'move-out' : 'move-outs'} ${this.months()}.`;
  });
  protected readonly chartOptions = computed<EChartsCoreOption>(() => ({
    // The right margin holds the count written past the end of each bar.
    grid: { left: 8, right: 40, top: 8, bottom: 8 },
    tooltip: { ...axisTooltip(formatNumber), axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    // Largest first from the top, in the order the API lists them.
    yAxis: { type: 'category', inverse: true, data: this.reasons().map((reason) => reason.reason) },
    series: [
      {
        type: 'bar',
        name: 'Move-outs',
        label: { show: true, position: 'right' },
        data: this.reasons().map((reason) => reason.moveOuts),
      },
    ],
  }));
  protected readonly chartSummary = computed(() => {
    const parts = this.reasons().map(
      (reason) => `${reason.reason} ${formatNumber(reason.moveOuts)} (${formatPercent(reason.sharePct)})`,
    );
    return `Move-outs by reason ${this.months()}: ${parts.join(', ')}.`;
  });
  protected readonly columns = ['reason', 'moveOuts', 'share'];
}
