import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { DashboardFilters } from './dashboard-filters';
import {
  DEFAULT_RANGE_PRESET,
  fromIsoDate,
  matchingPreset,
  presetRange,
  RANGE_PRESETS,
  type RangePresetId,
  TODAY,
} from './date-range';

const CUSTOM = 'custom';

/**
 * Picks the days the dashboard covers: a preset counting back from today, or any range typed or
 * picked in the two date fields (the period then reads "Custom range"). The fields are the
 * browser's own date inputs, with its calendar: a Material range picker would put some 20 KB of
 * compressed script in front of every dashboard page for a control most visits never open.
 */
@Component({
  selector: 'od-date-range-picker',
  imports: [MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule],
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
    <div class="dates" role="group" aria-label="Dates" [formGroup]="dates">
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="date">
        <mat-label>From</mat-label>
        <input matInput type="date" name="from" formControlName="from" [max]="dates.value.to ?? ''" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="date">
        <mat-label>To</mat-label>
        <input matInput type="date" name="to" formControlName="to" [min]="dates.value.from ?? ''" />
      </mat-form-field>
      @if (reversed()) {
        <p class="problem" role="alert">The start date must not be after the end date.</p>
      }
    </div>
  `,
  styles: `
    :host,
    .dates {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .period {
      width: 180px;
    }
    .date {
      width: 170px;
    }
    .problem {
      flex-basis: 100%;
      margin: 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
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
  /** The days as the date inputs hold them, `YYYY-MM-DD`; empty while a day is not complete. */
  protected readonly dates = new FormGroup({
    from: new FormControl<string>('', { nonNullable: true }),
    to: new FormControl<string>('', { nonNullable: true }),
  });
  private readonly typed = signal<{ from: string; to: string } | null>(null);
  /** Two whole days in the wrong order: said, and not applied. */
  protected readonly reversed = computed(() => {
    const typed = this.typed();
    return !!typed && !!fromIsoDate(typed.from) && !!fromIsoDate(typed.to) && typed.from > typed.to;
  });

  constructor() {
    // The fields follow the URL; that echo must not count as the user picking a range.
    effect(() => {
      const range = this.filters.range();
      this.dates.setValue(range, { emitEvent: false });
      this.typed.set(null);
    });
    // A range applies once both ends are whole days in order; ISO days compare as text.
    this.dates.valueChanges.pipe(takeUntilDestroyed()).subscribe(({ from = '', to = '' }) => {
      this.typed.set({ from, to });
      const current = this.filters.range();
      if (fromIsoDate(from) && fromIsoDate(to) && from <= to && (from !== current.from || to !== current.to)) {
        this.filters.selectRange({ from, to });
      }
    });
  }

  protected choosePreset(preset: RangePresetId): void {
    // The default leaves the URL without dates, so a shared link keeps counting back from its reader's today.
    this.filters.selectRange(preset === DEFAULT_RANGE_PRESET ? null : presetRange(preset, this.today()));
  }
}
