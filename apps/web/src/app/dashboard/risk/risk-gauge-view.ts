import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type DelinquencyRiskDto, PortfolioRiskApi, type RiskBand, type RiskGaugeDto } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import type { Observable } from 'rxjs';
import { Chart } from '../chart';
import { DashboardFilters } from '../dashboard-filters';
import { formatCurrency, formatNumber, formatPercent } from '../format';
import { describeForwardWindow, LOOKS_AHEAD, nextDays } from '../forward-window';
import { type Tile, TileList } from '../tile-list';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';

/** Both routes give the gauge; only delinquency risk adds what the high-risk units owe. */
type RiskDto = RiskGaugeDto & Partial<Pick<DelinquencyRiskDto, 'highRiskBalance'>>;

type RiskModel = 'churn' | 'delinquency';

const BAND_NAMES: Readonly<Record<RiskBand, string>> = { low: 'Low', medium: 'Medium', high: 'High' };

/**
 * `risk.churn` and `risk.delinquency`: the mean risk score of the occupied units as a gauge, how
 * the units spread over the risk bands, and the high-risk leases ending soon. The view id picks
 * the model; the two routes answer in the same shape.
 */
@Component({
  selector: 'od-risk-gauge-view',
  imports: [Chart, TileList, ViewCard],
  templateUrl: './risk-gauge-view.html',
  styleUrl: './risk-gauge-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskGaugeView {
  private readonly api = inject(PortfolioRiskApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly model = computed<RiskModel>(() =>
    this.view().id === 'risk.delinquency' ? 'delinquency' : 'churn',
  );
  private readonly noun = computed(() => `${this.model()} risk`);
  // No `asOf` from the date picker: the scores and balances are today's, so the lease window is
  // the API's next 90 days from today, whatever period the picker shows.
  protected readonly risk = viewResource({
    params: () => {
      const scope = this.filters.viewScope();
      return scope && { model: this.model(), query: scope };
    },
    stream: ({ params: { model, query } }): Observable<RiskDto> =>
      model === 'delinquency' ? this.api.getRiskDelinquency(query) : this.api.getRiskChurn(query),
  });
  protected readonly empty = computed(() => this.risk.hasValue() && this.risk.value().scoredUnits === 0);
  protected readonly emptyMessage = computed(() => `No occupied unit has a ${this.noun()} score yet.`);

  protected readonly tiles = computed<Tile[]>(() => {
    if (!this.risk.hasValue()) {
      return [];
    }
    const { scoredUnits, bands, highRiskLeasesEnding90d, highRiskBalance } = this.risk.value();
    const high = bands.find((band) => band.band === 'high');
    const tiles: Tile[] = [
      { key: 'scored', label: 'Scored units', value: formatNumber(scoredUnits), note: 'Occupied units' },
      {
        key: 'high',
        label: 'High risk',
        value: formatNumber(high?.units ?? 0),
        note: `${formatPercent(high?.pct)} of scored units`,
      },
      {
        key: 'ending',
        label: 'High-risk leases ending',
        value: formatNumber(highRiskLeasesEnding90d),
        note: `In ${nextDays(this.risk.value().leaseWindow)}`,
      },
    ];
    return highRiskBalance === undefined
      ? tiles
      : [
          ...tiles,
          {
            key: 'balance',
            label: 'Owed by high-risk units',
            value: formatCurrency(highRiskBalance, true),
            note: 'Balance today',
          },
        ];
  });

  protected readonly gaugeOptions = computed<EChartsCoreOption>(() => ({
    series: [
      {
        type: 'gauge',
        name: 'Average risk score',
        min: 0,
        max: 100,
        radius: '90%',
        progress: { show: true, width: 14 },
        axisLine: { lineStyle: { width: 14 } },
        pointer: { show: false },
        axisTick: { show: false },
        splitLine: { distance: -14, length: 14 },
        axisLabel: { distance: 20 },
        title: { show: false },
        // 'inherit' draws the figure in the series' theme color, readable in light and dark.
        detail: { offsetCenter: [0, 0], fontSize: 28, color: 'inherit', formatter: '{value}' },
        data: [{ value: this.risk.hasValue() ? (this.risk.value().gauge ?? 0) : 0 }],
      },
    ],
  }));
  protected readonly gaugeSummary = computed(() => {
    if (!this.risk.hasValue()) {
      return '';
    }
    const { gauge, scoredUnits } = this.risk.value();
    const units = `${formatNumber(scoredUnits)} scored ${scoredUnits === 1 ? 'unit' : 'units'}`;
    return `Average ${this.noun()} score: ${formatNumber(gauge, 1)} out of 100 over ${units}.`;
  });

  private readonly bands = computed(() => (this.risk.hasValue() ? this.risk.value().bands : []));
  protected readonly bandOptions = computed<EChartsCoreOption>(() => ({
    grid: { left: 8, right: 16, top: 16, bottom: 8 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      // Every band named, even where ECharts would skip a label to save room.
      axisLabel: { interval: 0 },
      data: this.bands().map((band) => BAND_NAMES[band.band]),
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: 'Units', data: this.bands().map((band) => band.units) }],
  }));
  protected readonly bandSummary = computed(() => {
    const parts = this.bands().map((band) => `${band.band} ${formatNumber(band.units)} (${formatPercent(band.pct)})`);
    return `Scored units by ${this.noun()}: ${parts.join(', ')}.`;
  });

  protected readonly footnote = computed(() => {
    if (!this.risk.hasValue()) {
      return '';
    }
    const window = describeForwardWindow(this.risk.value().leaseWindow);
    return (
      'Risk bands on a 0–100 score: low under 30, medium 30 to under 60, high 60 and over. ' +
      `High-risk leases ending in ${window}. ${LOOKS_AHEAD}`
    );
  });
}
