import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { PortfolioRenewalsApi, type RenewalStatus } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { entityThreadCounts } from '../../chat/entity-thread-counts';
import { RowChatActions } from '../../chat/row-chat-actions';
import { ScrollRegion } from '../../shared/scroll-region';
import { DashboardFilters } from '../dashboard-filters';
import { formatNumber } from '../format';
import { describeForwardWindow, LOOKS_AHEAD } from '../forward-window';
import { PagedTable } from '../paged-table';
import { ResidentContact } from '../resident-contact';
import { residentNameLabel } from '../resident-name';
import { ServerSort } from '../server-sort';
import { statusChoices, type StatusFilter, StatusToggles } from '../status-toggles';
import { TABLE_COLUMN } from '../table-column';
import { TablePaginator } from '../table-paginator';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';
import { RENEWAL_STATUS_LABELS } from './renewal-status-labels';

/** `renewals.drillthrough`: the leases ending in the window with their residents, sorted and paged on the server. */
@Component({
  selector: 'od-renewal-drillthrough-view',
  imports: [
    MatTableModule,
    ResidentContact,
    ScrollRegion,
    ServerSort,
    StatusToggles,
    TABLE_COLUMN,
    TablePaginator,
    ViewCard,
    RowChatActions,
  ],
  templateUrl: './renewal-drillthrough-view.html',
  styleUrl: './renewal-drillthrough-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RenewalDrillthroughView {
  private readonly api = inject(PortfolioRenewalsApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly status = signal<StatusFilter<RenewalStatus>>('all');
  protected readonly table = new PagedTable({
    sortKeys: ['leaseEnd', 'unitNumber', 'propertyName', 'currentRent', 'marketRent', 'renewalStatus'],
    defaultSort: { active: 'leaseEnd', direction: 'asc' },
    resetOn: () => [this.filters.viewScope(), this.status()],
  });
  protected readonly rows = viewResource({
    // As the renewal summary: the API's next 90 days from today, whatever the period picked.
    params: () => {
      const scope = this.filters.viewScope();
      const status = this.status();
      return scope && { ...scope, ...(status === 'all' ? {} : { status }), ...this.table.query() };
    },
    stream: ({ params }) => this.api.getRenewalsDrillthrough(params),
  });
  protected readonly items = computed(() =>
    (this.rows.hasValue() ? this.rows.value().items : []).map((row) => ({
      ...row,
      statusLabel: RENEWAL_STATUS_LABELS[row.renewalStatus],
      residentLabel: residentNameLabel(row),
      thread: {
        type: 'lease',
        id: `${row.unitId}:${row.leaseEnd}`,
        label: `the lease of ${row.propertyName} unit ${row.unitNumber}`,
      } as const,
    })),
  );
  protected readonly threads = entityThreadCounts('lease', () => this.items().map((row) => row.thread.id));
  protected readonly total = computed(() => (this.rows.hasValue() ? this.rows.value().total : 0));
  /** The status choices with their lease counts, which cover every status whatever the choice. */
  protected readonly choices = computed(() =>
    statusChoices(this.rows.hasValue() ? this.rows.value().countsByStatus : [], RENEWAL_STATUS_LABELS),
  );
  /** Empty only without a status chosen: a status with no leases keeps its table, so the choice can be undone. */
  protected readonly empty = computed(() => this.rows.hasValue() && this.total() === 0 && this.status() === 'all');
  protected readonly window = computed(() => (this.rows.hasValue() ? describeForwardWindow(this.rows.value()) : ''));
  protected readonly looksAhead = LOOKS_AHEAD;
  protected readonly leasesShown = computed(() => {
    const status = this.status();
    const kind = status === 'all' ? '' : `${RENEWAL_STATUS_LABELS[status].toLowerCase()} `;
    return `${kind}${this.total() === 1 ? 'lease' : 'leases'}`;
  });
  protected readonly totalLine = computed(
    () => `${formatNumber(this.total())} ${this.leasesShown()} ending in ${this.window()}.`,
  );
  protected readonly columns = [
    'propertyName',
    'unitNumber',
    'residentName',
    'contact',
    'leaseEnd',
    'renewalStatus',
    'currentRent',
    'marketRent',
    'chat',
  ];
}
