import request from 'supertest';
import { hashOpaqueToken } from '../src/auth/opaque-token';
import { REFRESH_COOKIE } from '../src/auth/refresh-cookie';
import { REFRESH_REUSE_GRACE_SECONDS } from '../src/auth/sessions';
import { refreshCookieOf, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

describe('refreshing from two tabs at once', () => {
  let testApp: TestApp;
  let url: string;

  const refresh = (cookie: string) => request(url).post('/api/auth/refresh').set('Cookie', cookie);
  const me = (accessToken: string) => request(url).get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`);

  /** Moves a rotated token's exchange into the past, as the clock would. */
  function ageRotation(cookie: string, seconds: number): Promise<unknown> {
    const token = cookie.slice(`${REFRESH_COOKIE}=`.length);
    return testApp.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = revoked_at - make_interval(secs => $2) WHERE token_hash = $1`,
      [hashOpaqueToken(token), seconds],
    );
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    url = testApp.url;
  });

  afterAll(() => testApp.close());

  it('gives both the same new cookie, which then refreshes as usual', async () => {
    const session = await signIn(testApp, PHH_ADMIN);

    const answers = await Promise.all([refresh(session.cookie), refresh(session.cookie)]);

    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    const [first, second] = answers.map(refreshCookieOf);
    expect(first).toBe(second);
    expect(first).not.toBe(session.cookie);
    for (const answer of answers) {
      await me(answer.body.accessToken).expect(200);
    }
    const next = await refresh(first ?? '').expect(200);
    await me(next.body.accessToken).expect(200);
  });

  it('answers a token exchanged moments ago with the token it was exchanged for', async () => {
    const session = await signIn(testApp, PHH_ADMIN);
    const rotated = await refresh(session.cookie).expect(200);

    await ageRotation(session.cookie, REFRESH_REUSE_GRACE_SECONDS - 5);
    const late = await refresh(session.cookie).expect(200);

    expect(refreshCookieOf(late)).toBe(refreshCookieOf(rotated));
    await me(late.body.accessToken).expect(200);
  });

  it('still ends the session when a token is presented again after the grace interval', async () => {
    const session = await signIn(testApp, PHH_ADMIN);
    const rotated = await refresh(session.cookie).expect(200);

    await ageRotation(session.cookie, REFRESH_REUSE_GRACE_SECONDS + 1);
    expect((await refresh(session.cookie).expect(401)).body.code).toBe('SESSION_EXPIRED');

    await refresh(refreshCookieOf(rotated)).expect(401);
    await me(rotated.body.accessToken).expect(401);
  });

  it('does not bring back a session that was signed out in between', async () => {
    const session = await signIn(testApp, PHH_ADMIN);
    const rotated = await refresh(session.cookie).expect(200);
    await request(url).post('/api/auth/logout').set('Cookie', refreshCookieOf(rotated)).expect(204);

    await refresh(session.cookie).expect(401);
  });
});
