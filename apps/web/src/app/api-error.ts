import { HttpErrorResponse } from '@angular/common/http';
import type { FormGroup } from '@angular/forms';
import { ERROR_CODES, type ErrorBody, type FieldProblem } from '@ownerdash/contracts';

/** The API's error body carried by a failed request, or null when the failure has none (network, proxy). */
export function errorBodyOf(error: unknown): ErrorBody | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  const body = parsedBody(error.error);
  return isErrorBody(body) ? body : null;
}

/** A sentence for the user about a failure no form field or specific code explains. */
export function describeFailure(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) {
      return 'The server could not be reached. Check your connection and try again.';
    }
    if (error.status >= 500) {
      // A busy server says how long to wait; any other failure on our side is no use to read.
      const busy = errorBodyOf(error);
      return busy?.code === ERROR_CODES.serverBusy
        ? busy.message
        : 'Something went wrong on our side. Try again in a moment.';
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

/**
 * A sentence for a 429: what was refused, and how long to wait, in whole minutes, from the
 * Retry-After header (seconds or an HTTP date).
 */
export function tryAgainLaterMessage(what: string, error: unknown): string {
  const retryAfter = error instanceof HttpErrorResponse ? error.headers.get('Retry-After') : null;
  const seconds = parseRetryAfter(retryAfter);
  if (seconds === null) {
    return `${what}. Try again later.`;
  }
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${what}. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

/**
 * The server refused the token of a reset or invitation link: used, expired, superseded, or not
 * even the shape of a token (a link cut short in a mail program fails validation instead).
 */
export function isUnusableLink(error: unknown): boolean {
  const body = errorBodyOf(error);
  return body?.code === ERROR_CODES.invalidToken || (body?.details ?? []).some((problem) => problem.field === 'token');
}

export function hasStatus(error: unknown, status: number): boolean {
  return error instanceof HttpErrorResponse && error.status === status;
}

function parseRetryAfter(value: string | null): number | null {
  const trimmed = value?.trim() ?? '';
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed);
  }
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, (date - Date.now()) / 1000);
}

/**
 * The generated client asks for text from the endpoints that answer 204 (change and reset password,
 * deactivate, sign out, delete), so their error bodies arrive as JSON strings, unparsed.
 */
function parsedBody(body: unknown): unknown {
  if (typeof body !== 'string') {
    return body;
  }
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Partial<Record<keyof ErrorBody, unknown>>;
  return typeof candidate.statusCode === 'number' && typeof candidate.message === 'string';
}
