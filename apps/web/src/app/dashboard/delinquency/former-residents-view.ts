import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { type CollectionStatus, PortfolioDelinquencyApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { ScrollRegion } from '../../shared/scroll-region';
import { DashboardFilters } from '../dashboard-filters';
import { formatCurrency, formatNumber } from '../format';
import { PagedTable } from '../paged-table';
import { ServerSort } from '../server-sort';
import { TABLE_COLUMN } from '../table-column';
import { TablePaginator } from '../table-paginator';
import { type Tile, TileList } from '../tile-list';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';

const COLLECTION_STATUS_LABELS: Readonly<Record<CollectionStatus, string>> = {
  in_house: 'Collecting in house',
  agency: 'With an agency',
  paid: 'Paid',
  written_off: 'Written off',
};

const formerResidents = (n: number) => `${formatNumber(n)} former ${n === 1 ? 'resident' : 'residents'}`;

/**
 * `delinquency.former_residents`: what former residents still owe and how it is being collected,
 * by unit; the API leaves their names out.
 */
@Component({
  selector: 'od-former-residents-view',
  imports: [MatTableModule, ScrollRegion, ServerSort, TABLE_COLUMN, TablePaginator, TileList, ViewCard],
  templateUrl: './former-residents-view.html',
  styleUrl: './former-residents-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormerResidentsView {
  private readonly api = inject(PortfolioDelinquencyApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly table = new PagedTable({
    sortKeys: ['balance', 'movedOutOn', 'collectionStatus', 'propertyName', 'unitNumber'],
    defaultSort: { active: 'balance', direction: 'desc' },
    resetOn: () => this.filters.viewScope(),
  });
  // Every balance still on the books, whatever the period: the route takes none.
  protected readonly balances = viewResource({
    params: () => {
      const scope = this.filters.viewScope();
      return scope && { ...scope, ...this.table.query() };
    },
    stream: ({ params }) => this.api.getDelinquencyFormerResidents(params),
  });
  protected readonly items = computed(() =>
    (this.balances.hasValue() ? this.balances.value().items : []).map((row) => ({
      ...row,
      statusLabel: COLLECTION_STATUS_LABELS[row.collectionStatus],
    })),
  );
  protected readonly total = computed(() => (this.balances.hasValue() ? this.balances.value().total : 0));
  protected readonly empty = computed(() => this.balances.hasValue() && this.total() === 0);
  protected readonly totalLine = computed(() => {
    const totalBalance = this.balances.hasValue() ? this.balances.value().totalBalance : 0;
    return `Balances of ${formerResidents(this.total())}: ${formatCurrency(totalBalance, true)} still owed.`;
  });
  protected readonly tiles = computed<Tile[]>(() =>
    (this.balances.hasValue() ? this.balances.value().byCollectionStatus : []).map((status) => ({
      key: status.collectionStatus,
      label: COLLECTION_STATUS_LABELS[status.collectionStatus],
      value: formatCurrency(status.balance),
      note: formerResidents(status.count),
    })),
  );
  protected readonly columns = ['propertyName', 'unitNumber', 'movedOutOn', 'collectionStatus', 'balance'];
}
