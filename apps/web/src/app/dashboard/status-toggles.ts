import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { FORMAT_PIPES } from './format-pipes';

/** "All", or one status of a list filtered by status. */
export type StatusFilter<S extends string> = S | 'all';

/** A toggle: the status it picks, its name and how many rows have it. */
export interface StatusChoice<S extends string> {
  readonly value: StatusFilter<S>;
  readonly label: string;
  readonly count: number;
}

/** "All" and every status with its count, from counts that cover every status whatever the choice. */
export function statusChoices<S extends string>(
  counts: readonly { readonly status: S; readonly count: number }[],
  labels: Readonly<Record<S, string>>,
): StatusChoice<S>[] {
  return [
    { value: 'all', label: 'All', count: counts.reduce((sum, { count }) => sum + count, 0) },
    ...counts.map(({ status, count }) => ({ value: status, label: labels[status], count })),
  ];
}

/** The toggles above a list filtered by status, each with its count. */
@Component({
  selector: 'od-status-toggles',
  imports: [FORMAT_PIPES, MatButtonToggleModule],
  template: `
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      [attr.aria-label]="label()"
      [value]="value()"
      (change)="value.set($event.value)"
    >
      @for (choice of choices(); track choice.value) {
        <mat-button-toggle [value]="choice.value">
          {{ choice.label }} <span class="count">{{ choice.count | odNumber }}</span>
        </mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  styles: `
    mat-button-toggle-group {
      flex-wrap: wrap;
    }
    .count {
      margin-left: 4px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusToggles<S extends string> {
  readonly choices = input.required<readonly StatusChoice<S>[]>();
  /** Names the group for screen readers: "Case status". */
  readonly label = input.required<string>();
  readonly value = model<StatusFilter<S>>('all');
}
