import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { type FloorplanAvailRowDto, PortfolioLeasingApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { ScrollRegion } from '../../shared/scroll-region';
import { DashboardFilters } from '../dashboard-filters';
import { TABLE_COLUMN } from '../table-column';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';

type Counts = Omit<FloorplanAvailRowDto, 'floorplan'>;

/** Share of the floorplan's units available to rent, in percent; null without units. */
function availablePct(counts: Counts): number | null {
  return counts.total > 0 ? (counts.availableToRent / counts.total) * 100 : null;
}

/** `leasing.floorplan_avail`: how each floorplan's units stand today, with the portfolio's totals. */
@Component({
  selector: 'od-floorplan-avail-view',
  imports: [MatTableModule, ScrollRegion, TABLE_COLUMN, ViewCard],
  templateUrl: './floorplan-avail-view.html',
  styleUrl: './floorplan-avail-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FloorplanAvailView {
  private readonly api = inject(PortfolioLeasingApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  // Availability as it stands now: the date picker does not apply.
  protected readonly floorplans = viewResource({
    params: () => this.filters.viewScope(),
    stream: ({ params }) => this.api.getLeasingFloorplanAvail(params),
  });
  protected readonly rows = computed(() =>
    (this.floorplans.hasValue() ? this.floorplans.value().items : []).map((row) => ({
      ...row,
      availablePct: availablePct(row),
    })),
  );
  protected readonly totals = computed(() => {
    const totals = this.rows().reduce<Counts>(
      (sum, row) => ({
        total: sum.total + row.total,
        vacant: sum.vacant + row.vacant,
        notice: sum.notice + row.notice,
        preLeased: sum.preLeased + row.preLeased,
        availableToRent: sum.availableToRent + row.availableToRent,
      }),
      { total: 0, vacant: 0, notice: 0, preLeased: 0, availableToRent: 0 },
    );
    return { ...totals, availablePct: availablePct(totals) };
  });
  protected readonly empty = computed(() => this.floorplans.hasValue() && this.rows().length === 0);
  protected readonly columns = [
    'floorplan',
    'total',
    'vacant',
    'preLeased',
    'notice',
    'availableToRent',
    'availablePct',
  ];
}
