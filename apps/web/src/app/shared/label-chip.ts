import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** How a chip is coloured: what it says about the thing it labels, not which page shows it. */
export type ChipTone = 'positive' | 'attention' | 'muted' | 'alarm';

/** A short coloured label, such as a member's status or an audit entry's outcome. */
@Component({
  selector: 'od-label-chip',
  template: `<span [class]="'chip ' + tone()">{{ label() }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    .positive {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .attention {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .muted {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    .alarm {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LabelChip {
  readonly label = input.required<string>();
  readonly tone = input.required<ChipTone>();
}
