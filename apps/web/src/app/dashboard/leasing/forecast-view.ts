import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { type ForecastWeekDto, PortfolioLeasingApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { ScrollRegion } from '../../shared/scroll-region';
import { Chart } from '../chart';
import { axisTooltip } from '../chart-tooltip';
import { DashboardFilters } from '../dashboard-filters';
import { formatDate, formatNumber, formatPercent, formatShortDate } from '../format';
import { LOOKS_AHEAD } from '../forward-window';
import { TABLE_COLUMN } from '../table-column';
import { type Tile, TileList } from '../tile-list';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';

/** `leasing.forecast`: occupancy week by week for the next 13 weeks, from the leases already known. */
@Component({
  selector: 'od-forecast-view',
  imports: [Chart, MatTableModule, ScrollRegion, TABLE_COLUMN, TileList, ViewCard],
  templateUrl: './forecast-view.html',
  styleUrl: './forecast-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForecastView {
  private readonly api = inject(PortfolioLeasingApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  // No `asOf` from the date picker: the forecast starts from the units' statuses today, so it
  // only means something from today onwards.
  protected readonly forecast = viewResource({
    params: () => this.filters.viewScope(),
    stream: ({ params }) => this.api.getLeasingForecast(params),
  });
  protected readonly weeks = computed<ForecastWeekDto[]>(() =>
    this.forecast.hasValue() ? this.forecast.value().weeks : [],
  );
  protected readonly empty = computed(
    () => this.forecast.hasValue() && (this.forecast.value().units === 0 || this.weeks().length === 0),
  );
  protected readonly tiles = computed<Tile[]>(() => {
    const last = this.weeks().at(-1);
    if (!this.forecast.hasValue() || !last) {
      return [];
    }
    const { units, occupiedNow, occupancyPctNow } = this.forecast.value();
    const total = (key: 'moveOuts' | 'moveIns') => this.weeks().reduce((sum, week) => sum + week[key], 0);
    return [
      {
        key: 'now',
        label: 'Occupied now',
        value: formatPercent(occupancyPctNow),
        note: `${formatNumber(occupiedNow)} of ${formatNumber(units)} units`,
      },
      {
        key: 'end',
        label: `By ${formatDate(last.weekEnd)}`,
        value: formatPercent(last.projectedOccupancyPct),
        note: `${formatNumber(last.projectedOccupied)} of ${formatNumber(units)} units`,
      },
      {
        key: 'moveOuts',
        label: 'Move-outs expected',
        value: formatNumber(total('moveOuts')),
        note: 'Leases ending without renewal',
      },
      {
        key: 'moveIns',
        label: 'Move-ins signed',
        value: formatNumber(total('moveIns')),
        note: 'Signed leases of vacant units',
      },
    ];
  });
  protected readonly method = computed(() =>
    this.forecast.hasValue()
      ? `From the leases known on ${formatDate(this.forecast.value().asOf)}. Leases pending renewal are ` +
        `assumed to stay, and no leasing beyond the leases already signed is assumed. ${LOOKS_AHEAD}`
      : '',
  );
  protected readonly chartOptions = computed<EChartsCoreOption>(() => {
    const now = this.forecast.hasValue() ? this.forecast.value().occupancyPctNow : null;
    return {
      grid: { left: 8, right: 16, top: 16, bottom: 8 },
      tooltip: axisTooltip(formatPercent),
      xAxis: { type: 'category', data: this.weeks().map((week) => formatShortDate(week.weekEnd)) },
      // Occupancy moves within a few points; an axis from zero would flatten the line.
      yAxis: { type: 'value', scale: true, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'line',
          name: 'Projected occupancy',
          data: this.weeks().map((week) => week.projectedOccupancyPct),
          ...(now === null
            ? {}
            : {
                markLine: {
                  symbol: 'none',
                  // Inside the plot: the default spot past the line's end is cut off at the card's edge.
                  label: { formatter: 'Now', position: 'insideEndTop' },
                  lineStyle: { type: 'dashed' },
                  data: [{ yAxis: now }],
                },
              }),
        },
      ],
    };
  });
  protected readonly chartSummary = computed(() => {
    const weeks = this.weeks();
    const last = weeks.at(-1);
    if (!this.forecast.hasValue() || !last) {
      return '';
    }
    const lowest = weeks.reduce((low, week) =>
      (week.projectedOccupancyPct ?? Infinity) < (low.projectedOccupancyPct ?? Infinity) ? week : low,
    );
    return (
      `Projected occupancy over the next ${formatNumber(weeks.length)} weeks: ` +
      `${formatPercent(this.forecast.value().occupancyPctNow)} now, ` +
      `${formatPercent(last.projectedOccupancyPct)} by ${formatDate(last.weekEnd)}, ` +
      `lowest ${formatPercent(lowest.projectedOccupancyPct)} in the week ending ${formatDate(lowest.weekEnd)}.`
    );
  });
  protected readonly columns = ['weekEnd', 'moveOuts', 'moveIns', 'projectedOccupied', 'projectedOccupancyPct'];
}
