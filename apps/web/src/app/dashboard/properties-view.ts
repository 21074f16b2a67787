import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import type { PortfolioPropertyDto } from '@ownerdash/api-client';
import type { EChartsCoreOption } from 'echarts/core';
import { ScrollRegion } from '../shared/scroll-region';
import { Chart } from './chart';
import { axisTooltip } from './chart-tooltip';
import { DashboardFilters } from './dashboard-filters';
import { formatNumber, formatPercent } from './format';
import { TABLE_PAGE_SIZES, TablePages } from './paged-table';
import { percentAxisMin } from './percent-axis';
import { PortfolioProperties } from './portfolio-properties';
import { TABLE_COLUMN } from './table-column';
import { TablePaginator } from './table-paginator';
import { ViewCard } from './view-card';

/** Up to this many property names fit side by side under the bars; more are slanted. */
const SIDE_BY_SIDE_NAMES = 6;
/** Bars a chart can hold and stay readable; a larger portfolio charts its lowest occupancy. */
const CHARTED_MAX = 12;

/** Lowest occupancy first; a property without a figure last. */
const byOccupancy = (a: PortfolioPropertyDto, b: PortfolioPropertyDto) =>
  (a.occupancyPct ?? Number.MAX_VALUE) - (b.occupancyPct ?? Number.MAX_VALUE);

/**
 * The overview's list of the properties in view with their headline numbers, and their occupancy
 * side by side. Every user with the overview gets it: it shows only the caller's own properties.
 */
@Component({
  selector: 'od-properties-view',
  imports: [Chart, MatTableModule, ScrollRegion, TABLE_COLUMN, TablePaginator, ViewCard],
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

  protected readonly pages = new TablePages({ pageSize: TABLE_PAGE_SIZES[0], resetOn: this.rows });
  protected readonly paged = computed(() => this.rows().length > (TABLE_PAGE_SIZES[0] ?? 0));
  protected readonly pageRows = computed(() => this.pages.pageOf(this.rows()));

  /** The bars: every property, or the lowest occupancy first when there are too many to read. */
  protected readonly charted = computed(() => {
    const rows = this.rows();
    return rows.length > CHARTED_MAX ? [...rows].sort(byOccupancy).slice(0, CHARTED_MAX) : rows;
  });
  protected readonly chartNote = computed(() =>
    this.charted().length < this.rows().length
      ? `The ${CHARTED_MAX} properties with the lowest occupancy, of ${formatNumber(this.rows().length)}.`
      : null,
  );
  protected readonly chartOptions = computed<EChartsCoreOption>(() => {
    const charted = this.charted();
    const slanted = charted.length > SIDE_BY_SIDE_NAMES;
    return {
      grid: { left: 8, right: 16, top: 16, bottom: 8 },
      tooltip: axisTooltip(formatPercent),
      xAxis: {
        type: 'category',
        data: charted.map((row) => row.name),
        axisLabel: slanted ? { rotate: 30 } : { interval: 0 },
      },
      // Scaled to the figures: occupancies a few points apart would look alike on an axis from 0.
      yAxis: {
        type: 'value',
        min: percentAxisMin(charted.map((row) => row.occupancyPct)),
        max: 100,
        axisLabel: { formatter: '{value}%' },
      },
      series: [{ type: 'bar', name: 'Occupancy', data: charted.map((row) => row.occupancyPct) }],
    };
  });
  protected readonly chartSummary = computed(() => {
    const parts = this.charted().map((row) => `${row.name} ${formatPercent(row.occupancyPct)}`);
    const what = this.chartNote()
      ? `Lowest occupancy, ${CHARTED_MAX} of ${formatNumber(this.rows().length)} properties`
      : 'Occupancy by property';
    return `${what}: ${parts.join(', ')}.`;
  });
}
