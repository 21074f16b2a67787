import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { PortfolioDelinquencyApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { entityThreadCounts } from '../../chat/entity-thread-counts';
import { RowChatActions } from '../../chat/row-chat-actions';
import { ScrollRegion } from '../../shared/scroll-region';
import { DashboardFilters } from '../dashboard-filters';
import { FORMAT_PIPES } from '../format-pipes';
import { PagedTable } from '../paged-table';
import { ResidentContact } from '../resident-contact';
import { residentNameLabel } from '../resident-name';
import { ServerSort } from '../server-sort';
import { TABLE_COLUMN } from '../table-column';
import { TablePaginator } from '../table-paginator';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';
import { AGING_BUCKET_LABELS } from './aging-bucket-labels';

/** `delinquency.ar_table`: one row per unit that owes money, sorted and paged on the server. */
@Component({
  selector: 'od-ar-table-view',
  imports: [
    FORMAT_PIPES,
    MatTableModule,
    ResidentContact,
    ScrollRegion,
    ServerSort,
    TABLE_COLUMN,
    TablePaginator,
    ViewCard,
    RowChatActions,
  ],
  templateUrl: './ar-table-view.html',
  styleUrl: './ar-table-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArTableView {
  private readonly api = inject(PortfolioDelinquencyApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly table = new PagedTable({
    sortKeys: ['balance', 'daysPastDue', 'unitNumber', 'propertyName'],
    defaultSort: { active: 'balance', direction: 'desc' },
    resetOn: () => this.filters.viewScope(),
  });
  protected readonly rows = viewResource({
    params: () => {
      const scope = this.filters.viewScope();
      return scope && { ...scope, ...this.table.query() };
    },
    stream: ({ params }) => this.api.getDelinquencyArTable(params),
  });
  protected readonly items = computed(() =>
    (this.rows.hasValue() ? this.rows.value().items : []).map((row) => ({
      ...row,
      agingLabel: AGING_BUCKET_LABELS[row.agingBucket],
      residentLabel: residentNameLabel(row),
      thread: { type: 'unit', id: row.unitId, label: `${row.propertyName} unit ${row.unitNumber}` } as const,
    })),
  );
  protected readonly threads = entityThreadCounts('unit', () => this.items().map((row) => row.thread.id));
  protected readonly total = computed(() => (this.rows.hasValue() ? this.rows.value().total : 0));
  protected readonly totalBalance = computed(() => (this.rows.hasValue() ? this.rows.value().totalBalance : 0));
  protected readonly empty = computed(() => this.rows.hasValue() && this.total() === 0);
  protected readonly columns = [
    'propertyName',
    'unitNumber',
    'residentName',
    'contact',
    'balance',
    'daysPastDue',
    'agingBucket',
    'currentRent',
    'leaseEnd',
    'chat',
  ];
}
