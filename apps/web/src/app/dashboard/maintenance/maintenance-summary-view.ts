import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { PortfolioMaintenanceApi, type WorkOrderPriority, type WorkOrderStatus } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { ScrollRegion } from '../../shared/scroll-region';
import { Chart } from '../chart';
import { axisTooltip } from '../chart-tooltip';
import { DashboardFilters } from '../dashboard-filters';
import { formatDate, formatNumber, formatPercent, formatShortDate, NO_VALUE } from '../format';
import { TABLE_COLUMN } from '../table-column';
import { type Tile, TileList } from '../tile-list';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';

/** Most urgent first, as a property manager triages. */
const PRIORITIES: readonly { readonly key: WorkOrderPriority; readonly label: string }[] = [
  { key: 'emergency', label: 'Emergency' },
  { key: 'high', label: 'High' },
  { key: 'normal', label: 'Normal' },
  { key: 'low', label: 'Low' },
];

const STATUSES: readonly { readonly key: WorkOrderStatus; readonly label: string }[] = [
  { key: 'open', label: 'Open' },
  { key: 'in_progress', label: 'In progress' },
  { key: 'completed', label: 'Completed' },
  { key: 'cancelled', label: 'Cancelled' },
];

interface BreakdownRow {
  readonly label: string;
  readonly count: number;
  /** Of the work orders opened in the period. */
  readonly sharePct: number;
}

interface Breakdown {
  readonly key: string;
  readonly heading: string;
  /** The header of the label column. */
  readonly labelHeader: string;
  readonly rows: readonly BreakdownRow[];
}

function days(value: number | null): string {
  return value === null ? NO_VALUE : `${formatNumber(value, 1)} ${value === 1 ? 'day' : 'days'}`;
}

/** `maintenance.summary`: the work orders of the period, how fast they closed, and their mix and weekly flow. */
@Component({
  selector: 'od-maintenance-summary-view',
  imports: [Chart, MatTableModule, ScrollRegion, TABLE_COLUMN, TileList, ViewCard],
  templateUrl: './maintenance-summary-view.html',
  styleUrl: './maintenance-summary-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MaintenanceSummaryView {
  private readonly api = inject(PortfolioMaintenanceApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly summary = viewResource({
    params: () => this.filters.periodQuery(),
    stream: ({ params }) => this.api.getMaintenanceSummary(params),
  });
  protected readonly opened = computed(() => (this.summary.hasValue() ? this.summary.value().opened : 0));
  protected readonly empty = computed(
    () => this.summary.hasValue() && this.opened() === 0 && this.summary.value().openNow === 0,
  );
  protected readonly tiles = computed<Tile[]>(() => {
    if (!this.summary.hasValue()) {
      return [];
    }
    const summary = this.summary.value();
    return [
      { key: 'opened', label: 'Opened', value: formatNumber(summary.opened), note: 'In these dates' },
      { key: 'openNow', label: 'Open now', value: formatNumber(summary.openNow), note: 'Open or in progress' },
      {
        key: 'daysToClose',
        label: 'Average time to close',
        value: days(summary.averageDaysToClose),
        note: summary.medianDaysToClose === null ? 'None completed yet' : `Median ${days(summary.medianDaysToClose)}`,
      },
      {
        key: 'urgent',
        label: 'Urgent done in 48 hours',
        value: formatPercent(summary.urgentCompletedWithin48hPct),
        note: 'Emergency and high priority',
      },
    ];
  });
  protected readonly breakdowns = computed<Breakdown[]>(() => {
    if (!this.summary.hasValue()) {
      return [];
    }
    const { byPriority, byStatus, byCategory } = this.summary.value();
    const row = (label: string, count: number): BreakdownRow => ({
      label,
      count,
      sharePct: this.opened() > 0 ? (count / this.opened()) * 100 : 0,
    });
    return [
      {
        key: 'priority',
        heading: 'By priority',
        labelHeader: 'Priority',
        rows: PRIORITIES.map(({ key, label }) =>
          row(label, byPriority.find((item) => item.priority === key)?.count ?? 0),
        ),
      },
      {
        key: 'status',
        heading: 'By status now',
        labelHeader: 'Status',
        rows: STATUSES.map(({ key, label }) => row(label, byStatus.find((item) => item.status === key)?.count ?? 0)),
      },
      {
        key: 'category',
        heading: 'By category',
        labelHeader: 'Category',
        rows: byCategory.map((item) => row(item.category, item.count)),
      },
    ];
  });
  protected readonly period = computed(() => {
    if (!this.summary.hasValue()) {
      return '';
    }
    const { from, to } = this.summary.value();
    return `Work orders opened ${formatDate(from)} – ${formatDate(to)}; “open now” counts all open work orders, whenever opened.`;
  });
  protected readonly chartOptions = computed<EChartsCoreOption>(() => {
    const weeks = this.summary.hasValue() ? this.summary.value().weekly : [];
    return {
      grid: { left: 8, right: 16, top: 40, bottom: 8 },
      legend: { top: 0 },
      tooltip: axisTooltip(formatNumber),
      xAxis: { type: 'category', data: weeks.map((week) => formatShortDate(week.week)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: 'Opened', data: weeks.map((week) => week.opened) },
        { type: 'bar', name: 'Closed', data: weeks.map((week) => week.closed) },
      ],
    };
  });
  protected readonly chartSummary = computed(() => {
    const weeks = this.summary.hasValue() ? this.summary.value().weekly : [];
    const first = weeks[0];
    const last = weeks[weeks.length - 1];
    if (!first || !last) {
      return '';
    }
    const sum = (key: 'opened' | 'closed') => weeks.reduce((total, week) => total + week[key], 0);
    const busiest = weeks.reduce((top, week) => (week.opened > top.opened ? week : top));
    return (
      `Work orders opened and closed per week, from the week of ${formatDate(first.week)} ` +
      `to the week of ${formatDate(last.week)}: ${formatNumber(sum('opened'))} opened and ` +
      `${formatNumber(sum('closed'))} closed; most opened in the week of ${formatDate(busiest.week)} ` +
      `(${formatNumber(busiest.opened)}).`
    );
  });
  protected readonly columns = ['label', 'count', 'sharePct'];
}
