import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import {
  type ChartSnapshot,
  type CurrentReferenceAnswer,
  headlineOf,
  type KpiSnapshot,
  type MessageReference,
  type PropertySnapshot,
  type TableRowSnapshot,
  tabOfView,
  type UnitSnapshot,
  type VisibleReference,
} from '@ownerdash/contracts';
import { formatDate, formatNumber, formatPercent, formatSigned } from '../dashboard/format';
import { TAB_ICONS } from '../dashboard/tab-icons';
import { describeNowAgainstThen, formatFigure } from './reference-figures';
import { ReferenceNow } from './reference-now';
import { Sparkline } from './sparkline';

/** What a reference card shows of the item it points at. */
export interface CardView {
  readonly icon: string;
  readonly kind: string;
  readonly label: string;
  /** The figure as it was when shared. */
  readonly value: string;
  readonly detail: string | null;
  readonly asOf: string;
  /** The values of a chart reference's mini chart; empty for the other types. */
  readonly series: readonly (number | null)[];
  /** Where the dashboard shows the item, with the state the sender looked at. */
  readonly link: { readonly path: string; readonly query: Record<string, string> };
}

/**
 * A dashboard item a message points at, as the server allowed this reader to see it: the figure
 * when it was shared, the figure now with the change (asked for with the other cards on screen),
 * a mini chart for a chart, and a link to the item on the dashboard with the shared state — or,
 * for an item outside the reader's rights, only that they may not see it.
 */
@Component({
  selector: 'od-reference-card',
  imports: [MatIconModule, RouterLink, Sparkline],
  template: `
    @if (view(); as card) {
      <a class="card" [routerLink]="card.link.path" [queryParams]="card.link.query">
        <mat-icon [svgIcon]="card.icon" aria-hidden="true" />
        <span class="text">
          <span class="kind">{{ card.kind }}</span>
          <span class="label">{{ card.label }}</span>
          <span class="value">{{ card.value }}</span>
          @if (card.detail) {
            <span class="detail">{{ card.detail }}</span>
          }
          @if (card.series.length > 1) {
            <od-sparkline class="spark" [values]="card.series" />
          }
          @if (now(); as now) {
            <span class="now">{{ now }}</span>
          }
          <span class="as-of">{{ card.asOf }}</span>
        </span>
      </a>
    } @else {
      <p class="card restricted">
        <mat-icon svgIcon="visibility_off" aria-hidden="true" />
        <span>You don't have access to this item</span>
      </p>
    }
  `,
  styleUrl: './reference-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferenceCard implements OnInit {
  private readonly current = inject(ReferenceNow);

  readonly reference = input.required<MessageReference>();
  /** The message the reference belongs to, by which its value now is asked for. */
  readonly messageId = input.required<string>();

  protected readonly view = computed(() => {
    const reference = this.reference();
    return 'restricted' in reference ? null : cardOf(reference);
  });
  protected readonly now = computed(() => {
    const reference = this.reference();
    return 'restricted' in reference ? null : nowOf(reference, this.current.answer(this.messageId()));
  });

  ngOnInit(): void {
    if (!('restricted' in this.reference())) {
      this.current.request(this.messageId());
    }
  }
}

/** "Now: 92.7% → 90.1%, −2.6 pts since shared", or why there is no figure now; null while it loads. */
export function nowOf(reference: VisibleReference, now: CurrentReferenceAnswer | undefined): string | null {
  if (now === undefined) {
    return null;
  }
  if ('restricted' in now) {
    return 'Now: you no longer have access to it';
  }
  if ('missing' in now) {
    return 'Now: no longer listed';
  }
  const then = headlineOf(reference.type, reference.snapshot);
  const current = headlineOf(now.type, now.snapshot);
  return then && current ? `${then.label} now: ${describeNowAgainstThen(then, current)}` : null;
}

export function cardOf(reference: VisibleReference): CardView {
  const query = stateQuery(reference);
  const overview = { path: '/dashboard/overview', query };
  const asOf = reference.snapshot.asOf
    ? `Data of ${formatDate(reference.snapshot.asOf)}, when shared`
    : 'No data yet when shared';
  const base = { label: reference.label, asOf, series: [] as readonly (number | null)[] };
  switch (reference.type) {
    case 'property': {
      const snapshot = reference.snapshot as PropertySnapshot;
      const place = [snapshot.city, snapshot.state].filter(Boolean).join(', ');
      return {
        ...base,
        icon: 'apartment',
        kind: 'Property',
        value: `${formatPercent(snapshot.occupancyPct)} occupied`,
        detail: [place, `${formatNumber(snapshot.units)} units`].filter(Boolean).join(' · '),
        link: overview,
      };
    }
    case 'kpi': {
      const snapshot = reference.snapshot as KpiSnapshot;
      const format = snapshot.unitOfMeasure === '%' ? formatPercent : (value: number) => formatNumber(value);
      const change =
        snapshot.change30d === null
          ? null
          : `${formatSigned(snapshot.change30d, (magnitude) =>
              snapshot.unitOfMeasure === '%' ? `${formatNumber(magnitude, 1)} pts` : formatNumber(magnitude),
            )} in 30 days`;
      return {
        ...base,
        icon: 'space_dashboard',
        kind: 'KPI',
        value: format(snapshot.value),
        detail: change,
        link: overview,
      };
    }
    case 'unit': {
      const snapshot = reference.snapshot as UnitSnapshot;
      return {
        ...base,
        icon: 'key',
        kind: 'Unit',
        value: `${formatFigure(snapshot.currentRent, 'usd')} rent · ${snapshot.status}`,
        detail: `${snapshot.floorplan} · ${formatNumber(snapshot.bedrooms)} bd · ${formatNumber(snapshot.squareFeet)} sq ft`,
        link: overview,
      };
    }
    case 'chart': {
      const snapshot = reference.snapshot as ChartSnapshot;
      const [first, ...others] = snapshot.figures;
      return {
        ...base,
        icon: TAB_ICONS[tabOfView(snapshot.view)],
        kind: snapshot.period
          ? `Chart · ${formatDate(snapshot.period.from)} – ${formatDate(snapshot.period.to)}`
          : 'Chart',
        value: first ? `${first.label}: ${formatFigure(first.value, first.unitOfMeasure)}` : snapshot.title,
        detail:
          others.map((figure) => `${figure.label} ${formatFigure(figure.value, figure.unitOfMeasure)}`).join(' · ') ||
          null,
        series: snapshot.series?.points.map((point) => point.value) ?? [],
        link: { path: `/dashboard/${tabOfView(snapshot.view)}`, query },
      };
    }
    case 'table_row': {
      const snapshot = reference.snapshot as TableRowSnapshot;
      const [first, ...others] = snapshot.figures;
      return {
        ...base,
        icon: TAB_ICONS[tabOfView(snapshot.view)],
        kind: `Row · ${snapshot.title}`,
        value: first ? `${first.label}: ${formatFigure(first.value, first.unitOfMeasure)}` : snapshot.status,
        detail: [
          snapshot.status.replace(/_/g, ' '),
          ...others.map((figure) => `${figure.label} ${formatFigure(figure.value, figure.unitOfMeasure)}`),
        ].join(' · '),
        link: { path: `/dashboard/${tabOfView(snapshot.view)}`, query },
      };
    }
  }
}

/** The dashboard's query parameters for the state the sender shared. */
function stateQuery(reference: VisibleReference): Record<string, string> {
  const { propertyIds, from, to } = reference.state;
  return {
    ...(propertyIds && propertyIds.length > 0 ? { properties: propertyIds.join(',') } : {}),
    ...(from && to ? { from, to } : {}),
  };
}
