import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { PortfolioOverviewApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { ScrollRegion } from '../../shared/scroll-region';
import { DashboardFilters } from '../dashboard-filters';
import { formatCurrency, formatDate, formatNumber, formatPercent, formatSigned } from '../format';
import { PagedTable } from '../paged-table';
import { ServerSort } from '../server-sort';
import { TABLE_COLUMN } from '../table-column';
import { TablePaginator } from '../table-paginator';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';

/** `overview.trade_outs`: per unit, the previous lease's rent against the new one's, sorted and paged on the server. */
@Component({
  selector: 'od-trade-outs-view',
  imports: [MatTableModule, ScrollRegion, ServerSort, TABLE_COLUMN, TablePaginator, ViewCard],
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
    resetOn: () => this.filters.periodQuery(),
  });
  protected readonly rows = viewResource({
    params: () => {
      const query = this.filters.periodQuery();
      return query && { ...query, ...this.table.query() };
    },
    stream: ({ params }) => this.api.getOverviewTradeOuts(params),
  });
  protected readonly items = computed(() =>
    (this.rows.hasValue() ? this.rows.value().items : []).map((row) => ({
      ...row,
      changeText: formatSigned(row.change, formatCurrency),
      changePctText: formatSigned(row.changePct, formatPercent),
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
      `${formatSigned(averageChange, formatCurrency)} (${formatSigned(averageChangePct, formatPercent)}) on average.`
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
