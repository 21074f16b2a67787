import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { PortfolioOverviewApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { ScrollRegion } from '../../shared/scroll-region';
import { DashboardFilters } from '../dashboard-filters';
import { TABLE_COLUMN } from '../table-column';
import { ViewCard } from '../view-card';
import type { PlaceholderPart } from '../view-placeholder';
import { viewResource } from '../view-resource';
import { bedroomLabel } from './layout-labels';

/** `overview.bedroom_table`: units, status counts, occupancy and rents per bedroom count, with the total. */
@Component({
  selector: 'od-bedroom-table-view',
  imports: [MatTableModule, ScrollRegion, TABLE_COLUMN, ViewCard],
  templateUrl: './bedroom-table-view.html',
  styleUrl: './bedroom-table-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BedroomTableView {
  private readonly api = inject(PortfolioOverviewApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  /** A portfolio's usual studios to three bedrooms, and the row of all units. */
  protected readonly placeholder: readonly PlaceholderPart[] = [{ table: 5 }];

  protected readonly table = viewResource({
    params: () => this.filters.viewScope(),
    stream: ({ params }) => this.api.getOverviewBedroomTable(params),
  });
  protected readonly rows = computed(() =>
    (this.table.hasValue() ? this.table.value().items : []).map((row) => ({
      ...row,
      label: bedroomLabel(row.bedrooms),
    })),
  );
  protected readonly total = computed(() => (this.table.hasValue() ? this.table.value().total : null));
  protected readonly empty = computed(() => this.table.hasValue() && this.rows().length === 0);
  protected readonly columns = [
    'bedrooms',
    'units',
    'occupied',
    'notice',
    'vacant',
    'occupancy',
    'squareFeet',
    'marketRent',
    'currentRent',
  ];
}
