import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { PageState } from './page-state';

/** What a page shows when its data could not be loaded: the reason, and a way to try again. */
@Component({
  selector: 'od-load-failure',
  imports: [MatButtonModule, MatIconModule, PageState],
  template: `
    <od-page-state class="failure" role="alert" icon="error" [message]="message()">
      <button mat-stroked-button type="button" (click)="retry.emit()">
        <mat-icon svgIcon="refresh" aria-hidden="true" />
        Retry
      </button>
    </od-page-state>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadFailure {
  readonly message = input.required<string>();
  readonly retry = output();
}
