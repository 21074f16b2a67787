import { signal } from '@angular/core';
import type { Observable } from 'rxjs';
import { isUnusableLink } from '../api-error';
import type { FormFeedback } from '../shared/form-feedback';

/**
 * The form behind a reset or invitation link: it sends the link's token with the form, and when the
 * server refuses the link, says so (`refusal`) and leaves only the way to a new one (`refused`).
 */
export class OneTimeLink {
  private readonly unusable = signal(false);

  /** The server refused the link: used, expired, superseded or malformed. */
  readonly refused = this.unusable.asReadonly();

  constructor(
    private readonly feedback: FormFeedback,
    private readonly refusal: string,
  ) {}

  submit(token: string | undefined, send: (token: string) => Observable<unknown>, done: () => void): void {
    if (!token || !this.feedback.begin()) {
      return;
    }
    this.feedback.track(send(token)).subscribe({
      next: done,
      error: (error: unknown) => {
        if (isUnusableLink(error)) {
          this.unusable.set(true);
          this.feedback.showBanner(this.refusal);
        } else {
          this.feedback.showFailure(error);
        }
      },
    });
  }
}
