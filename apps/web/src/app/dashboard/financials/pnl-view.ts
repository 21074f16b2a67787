import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type PnlSectionDto, PortfolioFinancialsApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { DashboardFilters } from '../dashboard-filters';
import type { Better } from '../kpi-tile';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';
import { BudgetStatement, type StatementLine, type StatementSection } from './budget-statement';
import { statementMonths } from './statement-months';

function section(heading: string, totalLabel: string, dto: PnlSectionDto, better: Better): StatementSection {
  return {
    heading,
    lines: dto.accounts.map(({ account, ...figures }) => ({ label: account, figures, better })),
    total: { label: totalLabel, figures: dto.total, better },
  };
}

/** `financials.pnl`: the income statement over the period's months, actual against budget. */
@Component({
  selector: 'od-pnl-view',
  imports: [BudgetStatement, ViewCard],
  templateUrl: './pnl-view.html',
  styleUrl: './financials-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PnlView {
  private readonly api = inject(PortfolioFinancialsApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly pnl = viewResource({
    params: () => this.filters.periodQuery(),
    stream: ({ params }) => this.api.getFinancialsPnl(params),
  });
  protected readonly empty = computed(
    () =>
      this.pnl.hasValue() && this.pnl.value().income.accounts.length + this.pnl.value().expense.accounts.length === 0,
  );
  protected readonly sections = computed<StatementSection[]>(() => {
    if (!this.pnl.hasValue()) {
      return [];
    }
    const { income, expense } = this.pnl.value();
    return [
      section('Income', 'Total income', income, 'up'),
      section('Operating expenses', 'Total operating expenses', expense, 'down'),
    ];
  });
  protected readonly noi = computed<StatementLine | null>(() =>
    this.pnl.hasValue() ? { label: 'Net operating income', figures: this.pnl.value().noi, better: 'up' } : null,
  );
  protected readonly months = computed(() => (this.pnl.hasValue() ? statementMonths(this.pnl.value().booked) : null));
}
