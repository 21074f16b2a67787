import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { filter } from 'rxjs';
import { DashboardFilters } from './dashboard-filters';
import {
  DEFAULT_RANGE_PRESET,
  fromIsoDate,
  matchingPreset,
  presetRange,
  RANGE_PRESETS,
  type RangePresetId,
  TODAY,
  toIsoDate,
} from './date-range';

const CUSTOM = 'custom';

/**
 * Picks the days the dashboard covers: a preset counting back from today, or any range typed or
 * picked in the calendar (the period then reads "Custom range").
 */
@Component({
  selector: 'od-date-range-picker',
  imports: [MatDatepickerModule, MatFormFieldModule, MatSelectModule, ReactiveFormsModule],
  providers: [provideNativeDateAdapter()],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="period">
      <mat-label>Period</mat-label>
      <mat-select name="period" [value]="preset()" (selectionChange)="choosePreset($event.value)">
        @for (preset of presets; track preset.id) {
          <mat-option [value]="preset.id">{{ preset.label }}</mat-option>
        }
        @if (preset() === custom) {
          <mat-option [value]="custom" disabled>Custom range</mat-option>
        }
      </mat-select>
    </mat-form-field>
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="dates">
      <mat-label>Dates</mat-label>
      <mat-date-range-input [rangePicker]="picker" [formGroup]="dates">
        <input matStartDate name="from" formControlName="start" aria-label="Start date" />
        <input matEndDate name="to" formControlName="end" aria-label="End date" />
      </mat-date-range-input>
      <mat-datepicker-toggle matIconSuffix [for]="picker" aria-label="Open the calendar" />
      <mat-date-range-picker #picker />
    </mat-form-field>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .period {
      width: 180px;
    }
    .dates {
      width: 260px;
      max-width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DateRangePicker {
  private readonly filters = inject(DashboardFilters);
  private readonly today = inject(TODAY);

  protected readonly presets = RANGE_PRESETS;
  protected readonly custom = CUSTOM;
  protected readonly preset = computed(() => matchingPreset(this.filters.range(), this.today()) ?? CUSTOM);
  protected readonly dates = new FormGroup({
    start: new FormControl<Date | null>(null),
    end: new FormControl<Date | null>(null),
  });

  constructor() {
    // The fields follow the URL; that echo must not count as the user picking a range.
    effect(() => {
      const { from, to } = this.filters.range();
      this.dates.setValue({ start: fromIsoDate(from), end: fromIsoDate(to) }, { emitEvent: false });
    });
    // Picking in the calendar sets the start first; the range applies once both ends are valid.
    this.dates.valueChanges
      .pipe(
        filter(({ start, end }) => !!start && !!end && this.dates.valid && start <= end),
        takeUntilDestroyed(),
      )
      .subscribe(({ start, end }) => {
        const range = { from: toIsoDate(start as Date), to: toIsoDate(end as Date) };
        const current = this.filters.range();
        if (range.from !== current.from || range.to !== current.to) {
          this.filters.selectRange(range);
        }
      });
  }

  protected choosePreset(preset: RangePresetId): void {
    // The default leaves the URL without dates, so a shared link keeps counting back from its reader's today.
    this.filters.selectRange(preset === DEFAULT_RANGE_PRESET ? null : presetRange(preset, this.today()));
  }
}
