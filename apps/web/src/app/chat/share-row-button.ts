import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { type ReferenceRowView, VIEWS } from '@ownerdash/contracts';
import { DashboardFilters } from '../dashboard/dashboard-filters';
import { PortfolioProperties } from '../dashboard/portfolio-properties';
import { ShareOpener } from './share-opener';
import { rowReference, unitReference } from './share-references';

/**
 * A table row's "Share to chat": the row as a `table_row` reference and, where the row is a unit
 * of today (the AR table, the renewal drill-through), the unit itself. Needs the row's property
 * among the caller's properties, for its slug.
 */
@Component({
  selector: 'od-share-row-button',
  imports: [MatButtonModule, MatIconModule, MatMenuModule],
  template: `
    @if (property(); as property) {
      <button
        mat-icon-button
        type="button"
        [matMenuTriggerFor]="menu"
        [attr.aria-label]="'Share unit ' + unitNumber() + ' of ' + property.name + ' to chat'"
      >
        <mat-icon svgIcon="forum" aria-hidden="true" />
      </button>
      <mat-menu #menu="matMenu">
        <button mat-menu-item type="button" (click)="shareRow()">This row of {{ viewLabel() }}</button>
        @if (offersUnit()) {
          <button mat-menu-item type="button" (click)="shareUnit()">Unit {{ unitNumber() }}</button>
        }
      </mat-menu>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShareRowButton {
  private readonly filters = inject(DashboardFilters);
  private readonly properties = inject(PortfolioProperties).list;
  private readonly opener = inject(ShareOpener);

  readonly view = input.required<ReferenceRowView>();
  readonly propertyId = input.required<string>();
  /** The row as its view keys it: a unit number, or the row's id. */
  readonly rowKey = input.required<string>();
  readonly unitNumber = input.required<string>();

  protected readonly property = computed(() => this.properties.value()?.find((item) => item.id === this.propertyId()));
  protected readonly viewLabel = computed(() => VIEWS.find((view) => view.id === this.view())?.label ?? this.view());
  protected readonly offersUnit = computed(
    () => this.view() === 'delinquency.ar_table' || this.view() === 'renewals.drillthrough',
  );

  protected shareRow(): Promise<void> | undefined {
    const property = this.property();
    return (
      property &&
      this.opener.share(
        rowReference(this.view(), property, this.rowKey(), this.filters.chosenRange()),
        `${property.name} · Unit ${this.unitNumber()} · ${this.viewLabel()}`,
      )
    );
  }

  protected shareUnit(): Promise<void> | undefined {
    const property = this.property();
    return (
      property &&
      this.opener.share(unitReference(property, this.unitNumber()), `${property.name} · Unit ${this.unitNumber()}`)
    );
  }
}
