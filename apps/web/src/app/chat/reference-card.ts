import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { KpiSnapshot, MessageReference, PropertySnapshot, VisibleReference } from '@ownerdash/contracts';
import { formatDate, formatNumber, formatPercent, formatSigned } from '../dashboard/format';

/** What a reference card shows of the item it points at. */
interface CardView {
  readonly icon: string;
  readonly kind: string;
  readonly label: string;
  /** The figure as it was when shared. */
  readonly value: string;
  readonly detail: string | null;
  readonly asOf: string;
  /** Where the dashboard shows the item, with the state the sender looked at. */
  readonly link: { readonly path: string; readonly query: Record<string, string> };
}

/**
 * A dashboard item a message points at, as the server allowed this reader to see it: the figure
 * when it was shared and a link to the item on the dashboard — or, for an item outside the
 * reader's rights, only that they may not see it.
 */
@Component({
  selector: 'od-reference-card',
  imports: [MatIconModule, RouterLink],
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
export class ReferenceCard {
  readonly reference = input.required<MessageReference>();

  protected readonly view = computed(() => {
    const reference = this.reference();
    return 'restricted' in reference ? null : cardOf(reference);
  });
}

export function cardOf(reference: VisibleReference): CardView {
  const link = { path: '/dashboard/overview', query: stateQuery(reference) };
  const asOf = reference.snapshot.asOf
    ? `Data of ${formatDate(reference.snapshot.asOf)}, when shared`
    : 'No data yet when shared';
  if (reference.type === 'property') {
    const snapshot = reference.snapshot as PropertySnapshot;
    const place = [snapshot.city, snapshot.state].filter(Boolean).join(', ');
    return {
      icon: 'apartment',
      kind: 'Property',
      label: reference.label,
      value: `${formatPercent(snapshot.occupancyPct)} occupied`,
      detail: [place, `${formatNumber(snapshot.units)} units`].filter(Boolean).join(' · '),
      asOf,
      link,
    };
  }
  const snapshot = reference.snapshot as KpiSnapshot;
  const format = snapshot.unitOfMeasure === '%' ? formatPercent : (value: number) => formatNumber(value);
  const change =
    snapshot.change30d === null
      ? null
      : `${formatSigned(snapshot.change30d, (magnitude) =>
          snapshot.unitOfMeasure === '%' ? `${formatNumber(magnitude, 1)} pts` : formatNumber(magnitude),
        )} in 30 days`;
  return {
    icon: 'space_dashboard',
    kind: 'KPI',
    label: reference.label,
    value: format(snapshot.value),
    detail: change,
    asOf,
    link,
  };
}

/** The dashboard's query parameters for the state the sender shared. */
function stateQuery(reference: VisibleReference): Record<string, string> {
  const { propertyIds, from, to } = reference.state;
  return {
    ...(propertyIds && propertyIds.length > 0 ? { properties: propertyIds.join(',') } : {}),
    ...(from && to ? { from, to } : {}),
  };
}
