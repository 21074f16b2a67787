import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type FinancialKpiHeaderDto, PortfolioFinancialsApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { DashboardFilters } from '../dashboard-filters';
import { type Tile, TileList } from '../tile-list';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';
import { budgetChange, formatKpiFigure, type KpiBudgetDefinition } from './budget-variance';
import { statementMonths } from './statement-months';

type KpiKey = keyof Pick<
  FinancialKpiHeaderDto,
  'economicOccupancyPct' | 'badDebtPct' | 'noi' | 'noiMarginPct' | 'expenseRatioPct'
>;

const KPIS: readonly (KpiBudgetDefinition & { readonly key: KpiKey; readonly label: string })[] = [
  { key: 'economicOccupancyPct', label: 'Economic occupancy', kind: 'percent', better: 'up' },
  { key: 'badDebtPct', label: 'Bad debt', kind: 'percent', better: 'down' },
  { key: 'noi', label: 'Net operating income', kind: 'currency', better: 'up' },
  { key: 'noiMarginPct', label: 'NOI margin', kind: 'percent', better: 'up' },
  { key: 'expenseRatioPct', label: 'Expense ratio', kind: 'percent', better: 'down' },
];

/** `financials.kpi_header`: the statement's headline ratios over the period, each against budget. */
@Component({
  selector: 'od-financial-kpis-view',
  imports: [TileList, ViewCard],
  templateUrl: './financial-kpis-view.html',
  styleUrl: './financials-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FinancialKpisView {
  private readonly api = inject(PortfolioFinancialsApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly kpis = viewResource({
    params: () => this.filters.periodQuery(),
    stream: ({ params }) => this.api.getFinancialsKpiHeader(params),
  });
  /** Every ratio lacks its denominator and NOI is nil on both sides: nothing is booked. */
  protected readonly empty = computed(() => {
    if (!this.kpis.hasValue()) {
      return false;
    }
    const kpis = this.kpis.value();
    return KPIS.every(({ key }) => !kpis[key].actual && !kpis[key].budget);
  });
  protected readonly tiles = computed<Tile[]>(() => {
    if (!this.kpis.hasValue()) {
      return [];
    }
    const kpis = this.kpis.value();
    return KPIS.map((kpi) => ({
      key: kpi.key,
      label: kpi.label,
      value: formatKpiFigure(kpis[kpi.key].actual, kpi),
      change: budgetChange(kpis[kpi.key].actual, kpis[kpi.key].budget, kpi),
      note: kpis[kpi.key].actual === null ? 'Nothing booked to measure' : 'No budget to compare',
    }));
  });
  protected readonly months = computed(() => (this.kpis.hasValue() ? statementMonths(this.kpis.value().booked) : null));
}
