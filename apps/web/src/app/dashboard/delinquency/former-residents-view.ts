import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { type CollectionStatus, PortfolioDelinquencyApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { RowChatActions } from '../../chat/row-chat-actions';
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

/** A debt is wholly in one status: still owed while it is being collected, then collected or written off. */
const STATUS_TILES: Readonly<Record<CollectionStatus, { readonly label: string; readonly outcome: string }>> = {
  in_house: { label: 'Collecting in house', outcome: 'still owed' },
  agency: { label: 'With an agency', outcome: 'still owed' },
  paid: { label: 'Collected', outcome: 'paid in full' },
  written_off: { label: 'Written off', outcome: 'not collected' },
};

const formerResidents = (n: number) => `${formatNumber(n)} former ${n === 1 ? 'resident' : 'residents'}`;

/**
 * `delinquency.former_residents`: what former residents left owing at move-out and what became of
 * it — still owed (in house or with an agency), collected or written off — by unit; the API leaves
 * their names out. The three parts add up to what was left owing, and the card says so.
 */
@Component({
  selector: 'od-former-residents-view',
  imports: [MatTableModule, RowChatActions, ScrollRegion, ServerSort, TABLE_COLUMN, TablePaginator, TileList, ViewCard],
  templateUrl: './former-residents-view.html',
  styleUrl: './former-residents-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormerResidentsView {
  private readonly api = inject(PortfolioDelinquencyApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly table = new PagedTable({
    sortKeys: ['owedNow', 'owedAtMoveOut', 'movedOutOn', 'collectionStatus', 'propertyName', 'unitNumber'],
    defaultSort: { active: 'owedNow', direction: 'desc' },
    resetOn: () => this.filters.viewScope(),
  });
  // Every former resident’s debt on record, whatever the period: the route takes none.
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
    if (!this.balances.hasValue()) {
      return '';
    }
    const { owedAtMoveOut, owedNow, collected, writtenOff } = this.balances.value();
    const money = (value: number) => formatCurrency(value, true);
    return (
      `${formerResidents(this.total())} left ${money(owedAtMoveOut)} owing at move-out: ` +
      `${money(owedNow)} still owed, ${money(collected)} collected and ${money(writtenOff)} written off.`
    );
  });
  protected readonly tiles = computed<Tile[]>(() =>
    (this.balances.hasValue() ? this.balances.value().byCollectionStatus : []).map((status) => ({
      key: status.collectionStatus,
      label: STATUS_TILES[status.collectionStatus].label,
      value: formatCurrency(status.owedAtMoveOut),
      note: `${formerResidents(status.count)}, ${STATUS_TILES[status.collectionStatus].outcome}`,
    })),
  );
  protected readonly columns = [
    'propertyName',
    'unitNumber',
    'movedOutOn',
    'owedAtMoveOut',
    'collectionStatus',
    'owedNow',
    'chat',
  ];
}
