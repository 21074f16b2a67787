import type { Type } from '@angular/core';
import type { ViewId } from '@ownerdash/contracts';
import { ArTableView } from './ar-table-view';
import { KpiTilesView } from './kpi-tiles-view';

export interface ViewComponent {
  /** Takes a `view` input with the view's registry entry. */
  readonly component: Type<unknown>;
  /** Spans the whole width of the grid (tables, tile rows). */
  readonly wide?: boolean;
}

/**
 * The component rendering each view. A view missing here shows a "coming soon" card: adding a
 * view once its API route exists is one line.
 */
export const VIEW_COMPONENTS: Partial<Record<ViewId, ViewComponent>> = {
  'overview.kpi_tiles': { component: KpiTilesView, wide: true },
  'delinquency.ar_table': { component: ArTableView, wide: true },
};
