import { HttpStatus } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { ApiException } from '../common/api-exception';

export function unauthenticated(): ApiException {
  return new ApiException(HttpStatus.UNAUTHORIZED, {
    message: 'A valid access token is required. Sign in, or refresh the session, and try again.',
    code: ERROR_CODES.unauthenticated,
  });
}

export function sessionExpired(): ApiException {
  return new ApiException(HttpStatus.UNAUTHORIZED, {
    message: 'Your session has ended. Please sign in again.',
    code: ERROR_CODES.sessionExpired,
  });
}

/** One body for unknown email, wrong password and deactivated account alike. */
export function invalidCredentials(): ApiException {
  return new ApiException(HttpStatus.UNAUTHORIZED, {
    message: 'Email or password is incorrect.',
    code: ERROR_CODES.invalidCredentials,
  });
}

export function tooManyAttempts(retryAfterSeconds: number, what = 'Too many failed sign-in attempts'): ApiException {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new ApiException(
    HttpStatus.TOO_MANY_REQUESTS,
    {
      message: `${what}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      code: ERROR_CODES.tooManyAttempts,
    },
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

/** Every slot for password hashing is taken and the short queue in front of them too. */
export function passwordHashingBusy(retryAfterSeconds: number): ApiException {
  return new ApiException(
    HttpStatus.SERVICE_UNAVAILABLE,
    {
      message: `The server is busy checking other passwords. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
      code: ERROR_CODES.serverBusy,
    },
    { 'Retry-After': String(retryAfterSeconds) },
  );
}
