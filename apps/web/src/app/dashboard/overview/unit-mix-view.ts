import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { PortfolioOverviewApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { ScrollRegion } from '../../shared/scroll-region';
import { Chart } from '../chart';
import { axisTooltip } from '../chart-tooltip';
import { DashboardFilters } from '../dashboard-filters';
import { formatNumber, formatPercent } from '../format';
import { TABLE_COLUMN } from '../table-column';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';
import { layoutLabel } from './layout-labels';

/** Room per floorplan bar, so long lists of floorplans stay readable. */
const BAR_HEIGHT = 28;

/** `overview.unit_mix`: units per floorplan, with their share, size, occupancy and rents. */
@Component({
  selector: 'od-unit-mix-view',
  imports: [Chart, MatTableModule, ScrollRegion, TABLE_COLUMN, ViewCard],
  templateUrl: './unit-mix-view.html',
  styleUrl: './unit-mix-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitMixView {
  private readonly api = inject(PortfolioOverviewApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly mix = viewResource({
    params: () => this.filters.viewScope(),
    stream: ({ params }) => this.api.getOverviewUnitMix(params),
  });
  protected readonly rows = computed(() => {
    const items = this.mix.hasValue() ? this.mix.value().items : [];
    const units = items.reduce((sum, row) => sum + row.units, 0);
    const named = (floorplan: string) => items.filter((row) => row.floorplan === floorplan).length;
    return items.map((row) => {
      const layout = layoutLabel(row.bedrooms, row.bathrooms);
      return {
        ...row,
        layout,
        sharePct: units > 0 ? (row.units * 100) / units : null,
        // Properties may give different layouts the same floorplan name; the layout tells them apart.
        chartLabel: named(row.floorplan) > 1 ? `${row.floorplan} (${layout})` : row.floorplan,
      };
    });
  });
  protected readonly empty = computed(() => this.mix.hasValue() && this.rows().length === 0);
  protected readonly chartHeight = computed(() => Math.max(160, this.rows().length * BAR_HEIGHT + 48));
  protected readonly chartOptions = computed<EChartsCoreOption>(() => ({
    // The right margin holds the count written past the end of each bar.
    grid: { left: 8, right: 48, top: 8, bottom: 8 },
    tooltip: { ...axisTooltip(formatNumber), axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: this.rows().map((row) => row.chartLabel) },
    series: [
      {
        type: 'bar',
        name: 'Units',
        label: { show: true, position: 'right' },
        data: this.rows().map((row) => row.units),
      },
    ],
  }));
  protected readonly chartSummary = computed(() => {
    const parts = this.rows().map(
      (row) => `${row.floorplan} (${row.layout}) ${formatNumber(row.units)} (${formatPercent(row.sharePct)})`,
    );
    return `Units by floorplan: ${parts.join(', ')}.`;
  });
  protected readonly columns = [
    'floorplan',
    'layout',
    'units',
    'share',
    'squareFeet',
    'occupancy',
    'marketRent',
    'currentRent',
    'marketPerSqFt',
    'currentPerSqFt',
  ];
}
