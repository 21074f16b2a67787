import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { PortfolioRenewalsApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { DashboardFilters } from '../dashboard-filters';
import { formatNumber, formatPercent } from '../format';
import { describeForwardWindow, LOOKS_AHEAD } from '../forward-window';
import { type Tile, TileList } from '../tile-list';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';

/** `renewals.summary`: what becomes of the leases ending in the window, and the renewal rate. */
@Component({
  selector: 'od-renewal-summary-view',
  imports: [TileList, ViewCard],
  templateUrl: './renewal-summary-view.html',
  styleUrl: './renewal-summary-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RenewalSummaryView {
  private readonly api = inject(PortfolioRenewalsApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly summary = viewResource({
    // Renewals look ahead: the API's next 90 days from today, whatever past period the picker shows.
    params: () => this.filters.viewScope(),
    stream: ({ params }) => this.api.getRenewalsSummary(params),
  });
  protected readonly empty = computed(() => this.summary.hasValue() && this.summary.value().expiring === 0);
  protected readonly window = computed(() =>
    this.summary.hasValue() ? describeForwardWindow(this.summary.value()) : '',
  );
  protected readonly looksAhead = LOOKS_AHEAD;
  protected readonly tiles = computed<Tile[]>(() => {
    if (!this.summary.hasValue()) {
      return [];
    }
    const { expiring, renewed, vacating, pending, renewalRatePct } = this.summary.value();
    const ofExpiring = `of ${formatNumber(expiring)} expiring`;
    return [
      { key: 'rate', label: 'Renewal rate', value: formatPercent(renewalRatePct), note: 'Of expiring leases' },
      { key: 'expiring', label: 'Expiring leases', value: formatNumber(expiring), note: 'Ending in the window' },
      { key: 'renewed', label: 'Renewed', value: formatNumber(renewed), note: ofExpiring },
      { key: 'vacating', label: 'Vacating', value: formatNumber(vacating), note: ofExpiring },
      { key: 'pending', label: 'Pending', value: formatNumber(pending), note: 'No decision yet' },
    ];
  });
}
