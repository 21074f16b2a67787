import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type ConversionRatesDto, PortfolioLeasingApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { Chart } from '../chart';
import { axisTooltip } from '../chart-tooltip';
import { DashboardFilters } from '../dashboard-filters';
import { formatDate, formatMonth, formatNumber, formatPercent } from '../format';
import { type Tile, TileList } from '../tile-list';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';

type Stage = 'leads' | 'tours' | 'applications' | 'leasesSigned';
type Rate = 'leadToTourPct' | 'tourToApplicationPct' | 'applicationToLeasePct' | 'leadToLeasePct';

interface RateDefinition {
  readonly key: Rate;
  readonly label: string;
  readonly from: Stage;
  readonly to: Stage;
}

const STAGE_NAMES: Readonly<Record<Stage, string>> = {
  leads: 'leads',
  tours: 'tours',
  applications: 'applications',
  leasesSigned: 'leases',
};

const RATES: readonly RateDefinition[] = [
  { key: 'leadToTourPct', label: 'Lead to tour', from: 'leads', to: 'tours' },
  { key: 'tourToApplicationPct', label: 'Tour to application', from: 'tours', to: 'applications' },
  { key: 'applicationToLeasePct', label: 'Application to lease', from: 'applications', to: 'leasesSigned' },
  { key: 'leadToLeasePct', label: 'Lead to lease', from: 'leads', to: 'leasesSigned' },
];

/** Lead to lease is the product of the three steps and far smaller; on the same axis it would flatten them. */
const CHARTED = RATES.slice(0, 3);

/** `leasing.conversions`: how many of each funnel stage reach the next, over the period and month by month. */
@Component({
  selector: 'od-conversions-view',
  imports: [Chart, TileList, ViewCard],
  templateUrl: './conversions-view.html',
  styleUrl: './conversions-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConversionsView {
  private readonly api = inject(PortfolioLeasingApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly conversions = viewResource({
    params: () => this.filters.periodQuery(),
    stream: ({ params }) => this.api.getLeasingConversions(params),
  });
  private readonly months = computed(() => (this.conversions.hasValue() ? this.conversions.value().months : []));
  protected readonly empty = computed(() => {
    if (!this.conversions.hasValue()) {
      return false;
    }
    const { leads, tours, applications, leasesSigned } = this.conversions.value().overall;
    return leads + tours + applications + leasesSigned === 0;
  });
  protected readonly tiles = computed<Tile[]>(() => {
    if (!this.conversions.hasValue()) {
      return [];
    }
    const { overall } = this.conversions.value();
    return RATES.map((rate) => ({
      key: rate.key,
      label: rate.label,
      value: formatPercent(overall[rate.key]),
      note: describeCounts(overall, rate),
    }));
  });
  protected readonly period = computed(() => {
    if (!this.conversions.hasValue()) {
      return '';
    }
    const { from, to } = this.conversions.value();
    return `${formatDate(from)} – ${formatDate(to)}`;
  });
  /** A trend needs two months at least. */
  protected readonly showChart = computed(() => this.months().length > 1);
  protected readonly chartOptions = computed<EChartsCoreOption>(() => ({
    grid: { left: 8, right: 16, top: 40, bottom: 8 },
    legend: { top: 0 },
    tooltip: axisTooltip(formatPercent),
    xAxis: { type: 'category', data: this.months().map((month) => formatMonth(month.month)) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: CHARTED.map((rate) => ({
      type: 'line',
      name: rate.label,
      connectNulls: false,
      data: this.months().map((month) => month[rate.key]),
    })),
  }));
  protected readonly chartSummary = computed(() => {
    const months = this.months();
    const first = months[0];
    const last = months[months.length - 1];
    if (!first || !last) {
      return '';
    }
    const changes = CHARTED.map(
      (rate) =>
        `${rate.label.toLowerCase()} from ${formatPercent(first[rate.key])} to ${formatPercent(last[rate.key])}`,
    );
    return `Conversion rates by month from ${formatMonth(first.month)} to ${formatMonth(last.month)}: ${changes.join(', ')}.`;
  });
}

function describeCounts(counts: ConversionRatesDto, rate: RateDefinition): string {
  return `${formatNumber(counts[rate.to])} ${STAGE_NAMES[rate.to]} from ${formatNumber(counts[rate.from])} ${STAGE_NAMES[rate.from]}`;
}
