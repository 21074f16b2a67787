import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { ERROR_CODES } from '@ownerdash/contracts';
import { catchError, type Observable, of, switchMap, tap, throwError } from 'rxjs';
import { errorBodyOf } from '../api-error';
import { TOKEN_ENDPOINTS } from './auth-api.service';
import { SessionStore } from './session.store';

/**
 * Sends the access token with API requests, renews it once when the API answers 401 (the renewal
 * brings the profile too, since a refused token may mean changed rights), and routes the user to sign-in when
 * the session is gone or to the password change the server insists on. A request never goes out
 * with a token known to be refused: while a renewal is under way it waits for the new token, and
 * an expired token is refreshed first, so a page's burst of requests costs one refresh, not a 401
 * each.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiRequest(request)) {
    return next(request);
  }
  const session = inject(SessionStore);
  const router = inject(Router);
  const renews = !TOKEN_ENDPOINTS.includes(request.url);

  const endSession = (): void => {
    // Concurrent requests all fail here; only the first one still finds a session to end.
    if (session.signedIn()) {
      const returnUrl = router.url;
      session.clear();
      void router.navigate(['/sign-in'], { queryParams: { returnUrl } });
    }
  };

  /** The token to send: the current one, unless it is known to be refused. */
  const tokenToSend = (): Observable<string | null> => {
    // The refresh itself must not wait for itself.
    const pending = renews
      ? (session.refreshUnderWay() ?? (session.accessTokenExpired() ? session.refreshAccessToken() : null))
      : null;
    return pending
      ? pending.pipe(
          catchError((error: unknown) => {
            endSession();
            return throwError(() => error);
          }),
        )
      : of(session.accessToken());
  };

  const renewedToken = (sentToken: string | null): Observable<string> => {
    const current = session.accessToken();
    // Another request renewed the token while this one was in flight: no need to rotate again.
    if (current !== null && current !== sentToken) {
      return of(current);
    }
    return session.refreshAccessToken();
  };

  const send = (sentToken: string | null) =>
    next(withToken(request, sentToken)).pipe(
      catchError((error: unknown) => {
        if (!isUnauthorized(error) || !renews) {
          return throwError(() => error);
        }
        return renewedToken(sentToken).pipe(
          catchError(() => {
            endSession();
            return throwError(() => error);
          }),
          switchMap((token) => next(withToken(request, token))),
        );
      }),
    );

  return tokenToSend().pipe(
    switchMap(send),
    tap({
      error: (error: unknown) => {
        if (errorBodyOf(error)?.code === ERROR_CODES.passwordChangeRequired) {
          session.markPasswordChangeRequired();
          void router.navigateByUrl('/change-password');
        }
      },
    }),
  );
};

/** Only our own API gets the token; icons, fonts and other assets never do. */
function isApiRequest(request: HttpRequest<unknown>): boolean {
  return request.url.startsWith('/api/');
}

function isUnauthorized(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 401;
}

function withToken(request: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}
