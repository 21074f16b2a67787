import request, { Response } from 'supertest';
import { REFRESH_COOKIE } from '../../src/auth/refresh-cookie';
import { DEMO_PASSWORD, TestApp } from './test-app';

export interface SignedIn {
  readonly accessToken: string;
  /** The refresh cookie as a request header value (`od_refresh=…`). */
  readonly cookie: string;
  readonly userId: string;
}

/** The cookie of that name a response set, with its attributes (`name=value; Path=…`). */
export function setCookieOf(response: Response, name: string): string {
  const header = response.headers['set-cookie'] as unknown as string[] | undefined;
  const cookie = header?.find((value) => value.startsWith(`${name}=`));
  if (!cookie) {
    throw new Error(`response set no ${name} cookie (status ${response.status})`);
  }
  return cookie;
}

/** The refresh cookie a response set, as the browser would send it back. */
export function refreshCookieOf(response: Response): string {
  return setCookieOf(response, REFRESH_COOKIE).split(';')[0] ?? '';
}

export async function signIn(testApp: TestApp, email: string, password = DEMO_PASSWORD): Promise<SignedIn> {
  const response = await request(testApp.server).post('/api/auth/login').send({ email, password });
  if (response.status !== 200) {
    throw new Error(`sign-in of ${email} failed with ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return { accessToken: response.body.accessToken, cookie: refreshCookieOf(response), userId: response.body.user.id };
}

export function bearer(session: SignedIn): { Authorization: string } {
  return { Authorization: `Bearer ${session.accessToken}` };
}
