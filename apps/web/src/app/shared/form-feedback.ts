import { afterNextRender, ElementRef, inject, Injector, signal } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import type { FieldProblem } from '@ownerdash/contracts';
import { defer, finalize, type Observable } from 'rxjs';
import { describeFailure, errorBodyOf, placeFieldProblems } from '../api-error';

/** The elements of form controls (`formControlName` or `[formControl]`) that hold an invalid value. */
const INVALID_CONTROL = 'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, mat-radio-group.ng-invalid';

/**
 * What every form of the app does with a failure: server problems go under their fields, anything
 * else into a banner (`<od-form-error>`), and focus moves to where the user has to act, so a
 * keyboard or screen-reader user learns what happened. Create it in a field initializer: it
 * injects the component's host element.
 */
export class FormFeedback {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly bannerMessage = signal<string | null>(null);
  private readonly busy = signal(false);

  /** The message of the banner, or null while there is none. */
  readonly banner = this.bannerMessage.asReadonly();
  readonly submitting = this.busy.asReadonly();

  constructor(private readonly form: FormGroup) {}

  /**
   * Starts a submission: false (and the first invalid field focused) when the form is invalid or
   * a submission is still running.
   */
  begin(): boolean {
    if (this.busy()) {
      return false;
    }
    this.bannerMessage.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidField();
      return false;
    }
    return true;
  }

  /** The request, with `submitting` true while it runs. */
  track<T>(request: Observable<T>): Observable<T> {
    return defer(() => {
      this.busy.set(true);
      return request;
    }).pipe(finalize(() => this.busy.set(false)));
  }

  /**
   * Puts the problems the server named under their fields, or, when it named none this form
   * has, says what went wrong in the banner.
   */
  showFailure(error: unknown, problems: readonly FieldProblem[] = errorBodyOf(error)?.details ?? []): void {
    if (problems.length > 0 && placeFieldProblems(this.form, problems).length === 0) {
      this.focusFirstInvalidField();
    } else {
      this.showBanner(describeFailure(error));
    }
  }

  showBanner(message: string): void {
    this.bannerMessage.set(message);
    this.focusAfterRender(() => this.host.nativeElement.querySelector<HTMLElement>('.form-error'));
  }

  clearBanner(): void {
    this.bannerMessage.set(null);
  }

  focusFirstInvalidField(): void {
    this.focusAfterRender(() => {
      const field = this.host.nativeElement.querySelector<HTMLElement>(INVALID_CONTROL);
      // A radio group or similar wrapper takes no focus itself: its first control does.
      return field?.matches('input, textarea, select, [tabindex]')
        ? field
        : (field?.querySelector<HTMLElement>('input, textarea, select, [tabindex]') ?? null);
    });
  }

  private focusAfterRender(target: () => HTMLElement | null): void {
    afterNextRender(() => target()?.focus(), { injector: this.injector });
  }
}
