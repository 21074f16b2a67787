import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** A coloured note with an icon: information, a warning, or an error. */
@Component({
  selector: 'od-notice',
  imports: [MatIconModule],
  template: `
    <mat-icon [svgIcon]="icon()" aria-hidden="true" />
    <div class="text"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      gap: 12px;
      align-items: flex-start;
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-body-medium);
    }
    :host(.warning) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.error) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    mat-icon {
      flex: none;
    }
  `,
  host: { '[class]': 'tone()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Notice {
  /** A Material Symbol the build copies; svg-icons.spec.ts reads literal names given here. */
  readonly icon = input.required<string>();
  readonly tone = input<'info' | 'warning' | 'error'>('info');
}
