import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import type { EChartsCoreOption } from 'echarts/core';
import { ScrollRegion } from '../shared/scroll-region';
import { Chart } from './chart';
import { axisTooltip } from './chart-tooltip';
import { DashboardFilters } from './dashboard-filters';
import { formatPercent } from './format';
import { PortfolioProperties } from './portfolio-properties';
import { TABLE_COLUMN } from './table-column';
import { ViewCard } from './view-card';

/** Up to this many property names fit side by side under the bars; more are slanted. */
const SIDE_BY_SIDE_NAMES = 6;

/**
 * The overview's list of the properties in view with their headline numbers, and their occupancy
 * side by side. Every user with the overview gets it: it shows only the caller's own properties.
 */
@Component({
  selector: 'od-properties-view',
  imports: [Chart, MatTableModule, ScrollRegion, TABLE_COLUMN, ViewCard],
  templateUrl: './properties-view.html',
  styleUrl: './properties-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PropertiesView {
  private readonly filters = inject(DashboardFilters);
  protected readonly properties = inject(PortfolioProperties).list;

  protected readonly rows = computed(() => {
    const all = this.properties.hasValue() ? this.properties.value() : [];
    const picked = this.filters.viewScope()?.propertyIds;
    return picked ? all.filter((property) => picked.includes(property.id)) : all;
  });
  protected readonly columns = ['name', 'units', 'occupancy', 'leased', 'delinquent', 'workOrders'];
  protected readonly chartOptions = computed<EChartsCoreOption>(() => {
    const slanted = this.rows().length > SIDE_BY_SIDE_NAMES;
    return {
      grid: { left: 48, right: 16, top: 16, bottom: slanted ? 56 : 32 },
      tooltip: axisTooltip(formatPercent),
      xAxis: {
        type: 'category',
        data: this.rows().map((row) => row.name),
        axisLabel: slanted ? { rotate: 30 } : { interval: 0 },
      },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [{ type: 'bar', name: 'Occupancy', data: this.rows().map((row) => row.occupancyPct) }],
    };
  });
  protected readonly chartSummary = computed(() => {
    const parts = this.rows().map((row) => `${row.name} ${formatPercent(row.occupancyPct)}`);
    return `Occupancy by property: ${parts.join(', ')}.`;
  });
}
