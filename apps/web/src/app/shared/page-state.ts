import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** A page's state when it has no rows to show: empty, or failed; its actions are projected below. */
@Component({
  selector: 'od-page-state',
  imports: [MatIconModule],
  template: `
    <mat-icon [svgIcon]="icon()" aria-hidden="true" />
    <p>{{ message() }}</p>
    <ng-content />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      padding: 48px 16px;
      text-align: center;
    }
    mat-icon {
      width: 48px;
      height: 48px;
      color: var(--mat-sys-primary);
    }
    :host(.failure) mat-icon {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageState {
  readonly icon = input.required<string>();
  readonly message = input.required<string>();
}
