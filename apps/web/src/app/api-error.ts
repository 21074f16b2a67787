import { HttpErrorResponse } from '@angular/common/http';
import type { FormGroup } from '@angular/forms';
import type { ErrorBody, FieldProblem } from '@ownerdash/contracts';

/** The API's error body carried by a failed request, or null when the failure has none (network, proxy). */
export function errorBodyOf(error: unknown): ErrorBody | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  const body: unknown = error.error;
  return isErrorBody(body) ? body : null;
}

/** A sentence for the user about a failure no form field or specific code explains. */
export function describeFailure(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) {
      return 'The server could not be reached. Check your connection and try again.';
    }
    if (error.status >= 500) {
      return 'Something went wrong on our side. Try again in a moment.';
    }
  }
  return errorBodyOf(error)?.message ?? 'Something went wrong. Try again.';
}

/**
 * Shows each field problem of a validation error under the form control of the same name.
 * Returns the problems that name no control of this form, for the caller to show elsewhere.
 */
export function placeFieldProblems(form: FormGroup, problems: readonly FieldProblem[]): readonly FieldProblem[] {
  return problems.filter((problem) => {
    const control = form.get(problem.field);
    control?.setErrors({ server: problem.problems.join(' ') });
    control?.markAsTouched();
    return !control;
  });
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Partial<Record<keyof ErrorBody, unknown>>;
  return typeof candidate.statusCode === 'number' && typeof candidate.message === 'string';
}
