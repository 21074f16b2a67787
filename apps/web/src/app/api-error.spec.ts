import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { ERROR_CODES } from '@ownerdash/contracts';
import { describeFailure, errorBodyOf, isUnusableLink, tryAgainLaterMessage } from './api-error';

const body = { statusCode: 400, error: 'Bad Request', message: 'Weak.', code: ERROR_CODES.weakPassword };

describe('api errors', () => {
  it('reads the error body, parsed or as the text a 204 endpoint delivers it', () => {
    expect(errorBodyOf(new HttpErrorResponse({ status: 400, error: body }))).toEqual(body);
    expect(errorBodyOf(new HttpErrorResponse({ status: 400, error: JSON.stringify(body) }))).toEqual(body);
    expect(errorBodyOf(new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }))).toBeNull();
    expect(errorBodyOf(new Error('no response'))).toBeNull();
  });

  it('describes a failure with the server’s message, or by its kind', () => {
    expect(describeFailure(new HttpErrorResponse({ status: 400, error: JSON.stringify(body) }))).toBe('Weak.');
    expect(describeFailure(new HttpErrorResponse({ status: 0 }))).toContain('could not be reached');
    expect(describeFailure(new HttpErrorResponse({ status: 503 }))).toContain('on our side');
  });

  it('passes on how long a busy server asks to wait', () => {
    const busy = {
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'The server is busy checking other passwords. Try again in 2 seconds.',
      code: ERROR_CODES.serverBusy,
    };
    expect(describeFailure(new HttpErrorResponse({ status: 503, error: busy }))).toBe(busy.message);
    expect(
      describeFailure(new HttpErrorResponse({ status: 500, error: { ...body, statusCode: 500, message: 'x' } })),
    ).toContain('on our side');
  });

  it('says how long to wait after a 429, in whole minutes', () => {
    const refused = (retryAfter?: string) =>
      new HttpErrorResponse({
        status: 429,
        headers: new HttpHeaders(retryAfter === undefined ? {} : { 'Retry-After': retryAfter }),
      });

    expect(tryAgainLaterMessage('Too many requests', refused('61'))).toBe('Too many requests. Try again in 2 minutes.');
    expect(tryAgainLaterMessage('Too many requests', refused('5'))).toBe('Too many requests. Try again in 1 minute.');
    expect(tryAgainLaterMessage('Too many requests', refused())).toBe('Too many requests. Try again later.');
  });

  it('recognizes a reset or invitation link the server refused', () => {
    const refused = (error: object) => new HttpErrorResponse({ status: 400, error: { ...body, ...error } });

    expect(isUnusableLink(refused({ code: ERROR_CODES.invalidToken }))).toBe(true);
    expect(
      isUnusableLink(
        refused({ code: ERROR_CODES.validationFailed, details: [{ field: 'token', problems: ['short'] }] }),
      ),
    ).toBe(true);
    expect(isUnusableLink(refused({ details: [{ field: 'newPassword', problems: ['weak'] }] }))).toBe(false);
  });
});
