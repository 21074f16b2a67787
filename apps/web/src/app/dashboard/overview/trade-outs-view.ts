import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { viewResource } from '../view-resource';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { PortfolioOverviewApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { DashboardFilters } from '../dashboard-filters';
import { formatDate, formatNumber } from '../format';
import { FORMAT_PIPES } from '../format-pipes';
import { PagedTable } from '../paged-table';
import { ViewCard } from '../view-card';
import { formatSignedCurrency, formatSignedPercent } from './signed-figures';
import { ScrollRegion } from '../../shared/scroll-region';
import { TablePaginator } from '../table-paginator';

/** `overview.trade_outs`: per unit, the previous lease's rent against the new one's, sorted and paged on the server. */
@Component({
  selector: 'od-trade-outs-view',
  imports: [FORMAT_PIPES, MatSortModule, MatTableModule, ScrollRegion, TablePaginator, ViewCard],
  templateUrl: './trade-outs-view.html',
  styleUrl: './trade-outs-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TradeOutsView {
  private readonly api = inject(PortfolioOverviewApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly table = new PagedTable({
    sortKeys: ['leaseStart', 'change', 'changePct', 'previousRent', 'newRent', 'unitNumber', 'propertyName'],
    defaultSort: { active: 'leaseStart', direction: 'desc' },
    resetOn: () => [this.filters.viewScope(), this.filters.range()],
  });
  protected readonly rows = viewResource({
    params: () => {
      const scope = this.filters.viewScope();
      return scope && { ...scope, ...this.filters.range(), ...this.table.query() };
    },
    stream: ({ params }) => this.api.getOverviewTradeOuts(params),
  });
  protected readonly items = computed(() =>
    (this.rows.hasValue() ? this.rows.value().items : []).map((row) => ({
      ...row,
      changeText: formatSignedCurrency(row.change),
      changePctText: formatSignedPercent(row.changePct),
    })),
  );
  protected readonly total = computed(() => (this.rows.hasValue() ? this.rows.value().total : 0));
  protected readonly empty = computed(() => this.rows.hasValue() && this.total() === 0);
  protected readonly summary = computed(() => {
    if (!this.rows.hasValue()) {
      return '';
    }
    const { total, from, to, averageChange, averageChangePct } = this.rows.value();
    const leases = `${formatNumber(total)} new ${total === 1 ? 'lease' : 'leases'}`;
    return (
      `${leases} started ${formatDate(from)} to ${formatDate(to)}; rent changed by ` +
      `${formatSignedCurrency(averageChange)} (${formatSignedPercent(averageChangePct)}) on average.`
    );
  });
  protected readonly columns = [
    'propertyName',
    'unitNumber',
    'floorplan',
    'leaseStart',
    'previousRent',
    'newRent',
    'change',
    'changePct',
  ];
}
