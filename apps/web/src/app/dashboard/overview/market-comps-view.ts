import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatTableModule } from '@angular/material/table';
import { PortfolioOverviewApi } from '@ownerdash/api-client';
import type { ViewDefinition } from '@ownerdash/contracts';
import { ScrollRegion } from '../../shared/scroll-region';
import { DashboardFilters } from '../dashboard-filters';
import { formatCurrency, formatPercent, formatSigned, NO_VALUE } from '../format';
import { FORMAT_PIPES } from '../format-pipes';
import { TABLE_COLUMN } from '../table-column';
import { ViewCard } from '../view-card';
import { viewResource } from '../view-resource';

/** Up to this many properties are shown whole at first; more start folded to a line each. */
const OPEN_UP_TO = 3;

const countComps = (count: number) => `${count} ${count === 1 ? 'comp' : 'comps'}`;

/** `overview.market_comps`: each property's rent and occupancy beside its comparable properties, nearest first. */
@Component({
  selector: 'od-market-comps-view',
  imports: [FORMAT_PIPES, MatExpansionModule, MatTableModule, ScrollRegion, TABLE_COLUMN, ViewCard],
  templateUrl: './market-comps-view.html',
  styleUrl: './market-comps-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarketCompsView {
  private readonly api = inject(PortfolioOverviewApi);
  private readonly filters = inject(DashboardFilters);

  readonly view = input.required<ViewDefinition>();

  protected readonly comps = viewResource({
    params: () => this.filters.viewScope(),
    stream: ({ params }) => this.api.getOverviewMarketComps(params),
  });
  protected readonly properties = computed(() =>
    (this.comps.hasValue() ? this.comps.value().items : []).map((property) => {
      const own = property.averageCurrentRent;
      // Against the property's own rent, so a positive figure means the comp asks more.
      const againstOwn = (rent: number) => (own === null ? null : rent - own);
      const rentGap = own === null ? NO_VALUE : describeGap(own, property.compAverageRent);
      return {
        ...property,
        rentGap,
        headline: `${countComps(property.comps.length)} · rent vs comps ${rentGap}`,
        comps: property.comps.map((comp) => ({
          ...comp,
          againstOwn: formatSigned(againstOwn(comp.averageRent), formatCurrency),
        })),
      };
    }),
  );
  protected readonly empty = computed(() => this.comps.hasValue() && this.properties().length === 0);
  protected readonly openAtFirst = computed(() => this.properties().length <= OPEN_UP_TO);
  protected readonly columns = ['name', 'distance', 'occupancy', 'rent', 'againstOwn'];
}

/** The property's rent against its comps' average, in dollars and percent: "−$60 (−3.5%)". */
function describeGap(own: number, comps: number): string {
  const dollars = formatSigned(own - comps, formatCurrency);
  return comps === 0 ? dollars : `${dollars} (${formatSigned(((own - comps) * 100) / comps, formatPercent)})`;
}
