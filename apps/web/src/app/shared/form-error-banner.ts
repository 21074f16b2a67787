import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Notice } from './notice';

/** The error banner of a form; `FormFeedback` fills it and moves focus to it. */
@Component({
  selector: 'od-form-error',
  imports: [Notice],
  template: `
    @if (message(); as text) {
      <od-notice class="form-error" role="alert" tabindex="-1" icon="error" tone="error">
        {{ text }}
      </od-notice>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormErrorBanner {
  readonly message = input<string | null>(null);
}
