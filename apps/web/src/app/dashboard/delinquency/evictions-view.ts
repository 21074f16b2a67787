import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { type EvictionStatus, PortfolioDelinquencyApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { entityThreadCounts } from '../../chat/entity-thread-counts';
import { RowChatActions } from '../../chat/row-chat-actions';
import { ScrollRegion } from '../../shared/scroll-region';
import { DashboardFilters } from '../dashboard-filters';
import { FORMAT_PIPES } from '../format-pipes';
import { PagedTable } from '../paged-table';
import { residentNameLabel } from '../resident-name';
import { ServerSort } from '../server-sort';
import { statusChoices, type StatusFilter, StatusToggles } from '../status-toggles';
import { TABLE_COLUMN } from '../table-column';
import { TablePaginator } from '../table-paginator';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';

const EVICTION_STATUS_LABELS: Readonly<Record<EvictionStatus, string>> = {
  filed: 'Filed',
  judgment: 'Judgment',
  writ: 'Writ',
  completed: 'Completed',
  dismissed: 'Dismissed',
};

/** `delinquency.evictions`: the eviction cases with their residents, by status, sorted and paged on the server. */
@Component({
  selector: 'od-evictions-view',
  imports: [
    FORMAT_PIPES,
    MatTableModule,
    ScrollRegion,
    ServerSort,
    StatusToggles,
    TABLE_COLUMN,
    TablePaginator,
    ViewCard,
    RowChatActions,
  ],
  templateUrl: './evictions-view.html',
  styleUrl: './evictions-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvictionsView {
  private readonly api = inject(PortfolioDelinquencyApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly status = signal<StatusFilter<EvictionStatus>>('all');
  protected readonly table = new PagedTable({
    sortKeys: ['filedOn', 'closedOn', 'balance', 'status', 'propertyName', 'unitNumber'],
    defaultSort: { active: 'filedOn', direction: 'desc' },
    resetOn: () => [this.filters.viewScope(), this.status()],
  });
  // Every case on record, whatever the period: the route takes none.
  protected readonly cases = viewResource({
    params: () => {
      const scope = this.filters.viewScope();
      const status = this.status();
      return scope && { ...scope, ...(status === 'all' ? {} : { status }), ...this.table.query() };
    },
    stream: ({ params }) => this.api.getDelinquencyEvictions(params),
  });
  protected readonly items = computed(() =>
    (this.cases.hasValue() ? this.cases.value().items : []).map((row) => ({
      ...row,
      statusLabel: EVICTION_STATUS_LABELS[row.status],
      residentLabel: residentNameLabel(row),
      thread: { type: 'eviction', id: row.id, label: `eviction ${row.caseNumber}` } as const,
    })),
  );
  protected readonly threads = entityThreadCounts('eviction', () => this.items().map((row) => row.id));
  protected readonly total = computed(() => (this.cases.hasValue() ? this.cases.value().total : 0));
  /** The status choices with their case counts, which cover every status whatever the choice. */
  protected readonly choices = computed(() =>
    statusChoices(this.cases.hasValue() ? this.cases.value().countsByStatus : [], EVICTION_STATUS_LABELS),
  );
  protected readonly empty = computed(() => this.cases.hasValue() && this.choices()[0].count === 0);
  protected readonly noRowsMessage = computed(() => {
    const status = this.status();
    return status === 'all' ? 'No eviction cases.' : `No eviction cases in status ${EVICTION_STATUS_LABELS[status]}.`;
  });
  protected readonly columns = [
    'propertyName',
    'unitNumber',
    'residentName',
    'caseNumber',
    'status',
    'filedOn',
    'closedOn',
    'balance',
    'chat',
  ];
}
