import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { DashboardFilters } from './dashboard-filters';
import { PortfolioProperties } from './portfolio-properties';

/** The option standing for the caller's whole scope; no property id looks like it. */
export const ALL_PROPERTIES = '*';

/**
 * Picks the properties the dashboard shows: all of the caller's, or some. Lists only the caller's
 * properties, as the API returns them.
 */
@Component({
  selector: 'od-property-picker',
  imports: [MatFormFieldModule, MatSelectModule, ReactiveFormsModule],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>Properties</mat-label>
      <mat-select multiple name="properties" [formControl]="selection" (selectionChange)="choose($event.value)">
        <mat-select-trigger>{{ summary() }}</mat-select-trigger>
        <mat-option [value]="all">All properties</mat-option>
        @for (property of options(); track property.id) {
          <mat-option [value]="property.id">{{ property.name }}</mat-option>
        }
      </mat-select>
      @if (properties.error()) {
        <mat-hint>Your properties could not be loaded.</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `
    mat-form-field {
      width: 260px;
      max-width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PropertyPicker {
  private readonly filters = inject(DashboardFilters);
  protected readonly properties = inject(PortfolioProperties).list;

  protected readonly all = ALL_PROPERTIES;
  protected readonly options = computed(() => (this.properties.hasValue() ? this.properties.value() : []));
  protected readonly selection = new FormControl<string[]>([ALL_PROPERTIES], { nonNullable: true });
  /** The picked properties the caller has; ids from a link outside the scope are not shown. */
  private readonly picked = computed(() => {
    const ids = this.filters.propertyIds();
    const known = ids && this.options().filter((property) => ids.includes(property.id));
    return known && known.length > 0 ? known : null;
  });
  protected readonly summary = computed(() => {
    const picked = this.picked();
    if (!picked) {
      return 'All properties';
    }
    return picked.length === 1 ? picked[0].name : `${picked.length} properties`;
  });

  constructor() {
    effect(() => this.selection.setValue(this.selectionOf(this.picked()?.map((property) => property.id) ?? null)));
  }

  protected choose(values: readonly string[]): void {
    const ids = values.filter((value) => value !== ALL_PROPERTIES);
    // Ticking "All properties" over a subset shows everything; ticking a property leaves "all".
    const wantsAll = values.includes(ALL_PROPERTIES) && this.picked() !== null;
    const next = wantsAll || ids.length === 0 || ids.length === this.options().length ? null : ids;
    // The URL may not change (unticking "All properties" keeps all), so the box is set here too.
    this.selection.setValue(this.selectionOf(next));
    this.filters.selectProperties(next);
  }

  private selectionOf(ids: readonly string[] | null): string[] {
    return ids ? [...ids] : [ALL_PROPERTIES];
  }
}
