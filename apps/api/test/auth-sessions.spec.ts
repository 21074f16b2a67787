import { createHmac } from 'node:crypto';
import request from 'supertest';
import { User } from '../src/users/user.entity';
import { GuardFixtureController } from './support/guard-fixture.controller';
import { bearer, refreshCookieOf, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

function refresh(testApp: TestApp, cookie?: string) {
  const call = request(testApp.server).post('/api/auth/refresh');
  return cookie ? call.set('Cookie', cookie) : call;
}

function me(testApp: TestApp, accessToken: string) {
  return request(testApp.server).get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`);
}

function signToken(header: object, payload: object, secret: string, algorithm = 'sha256'): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode(header)}.${encode(payload)}`;
  return `${unsigned}.${createHmac(algorithm, secret).update(unsigned).digest('base64url')}`;
}

describe('sessions', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ controllers: [GuardFixtureController] });
  });

  afterAll(() => testApp.close());

  describe('refresh', () => {
    it('returns a new access token and rotates the cookie', async () => {
      const session = await signIn(testApp, PHH_ADMIN);
      const response = await refresh(testApp, session.cookie).expect(200);

      expect(response.body.user.email).toBe(PHH_ADMIN);
      expect(response.body.accessToken).not.toBe(session.accessToken);
      expect(refreshCookieOf(response)).not.toBe(session.cookie);
      await me(testApp, response.body.accessToken).expect(200);
    });

    it("carries the profile that GET /api/auth/me gives for the new token, the user's own rights included", async () => {
      await createUser(testApp, { email: 'returning@phh.example', password: 'returning password 1', role: 'user' });
      for (const [email, password] of [
        [PHH_ADMIN, undefined],
        ['returning@phh.example', 'returning password 1'],
      ] as const) {
        const session = await signIn(testApp, email, password);
        const response = await refresh(testApp, session.cookie).expect(200);

        const profile = (await me(testApp, response.body.accessToken).expect(200)).body;
        expect(response.body.profile).toEqual(profile);
        expect(response.body.profile.user.email).toBe(email);
      }
    });

    it('revokes the whole session when a rotated token is presented again', async () => {
      const session = await signIn(testApp, PHH_ADMIN);
      const first = await refresh(testApp, session.cookie).expect(200);
      const second = await refresh(testApp, refreshCookieOf(first)).expect(200);

      const reuse = await refresh(testApp, session.cookie).expect(401);
      expect(reuse.body.code).toBe('SESSION_EXPIRED');
      // Every token descended from that sign-in is now dead, and so are its access tokens.
      await refresh(testApp, refreshCookieOf(second)).expect(401);
      await me(testApp, second.body.accessToken).expect(401);
      // Another sign-in of the same user is a different session and keeps working.
      const other = await signIn(testApp, PHH_ADMIN);
      await refresh(testApp, other.cookie).expect(200);
    });

    it('refuses a missing, malformed or unknown cookie', async () => {
      expect((await refresh(testApp).expect(401)).body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Your session has ended. Please sign in again.',
        code: 'SESSION_EXPIRED',
      });
      await refresh(testApp, 'od_refresh=%27%20OR%201%3D1%20--').expect(401);
      await refresh(testApp, `od_refresh=${'A'.repeat(43)}`).expect(401);
    });

    it('refuses an expired refresh token', async () => {
      const session = await signIn(testApp, PHH_ADMIN);
      await testApp.dataSource.query(
        `UPDATE refresh_tokens SET expires_at = now() - interval '1 second'
          WHERE family_id = (SELECT id FROM sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1)`,
        [session.userId],
      );
      await refresh(testApp, session.cookie).expect(401);
    });
  });

  describe('logout', () => {
    it('ends the session: the cookie is cleared, refresh and the access token stop working', async () => {
      const session = await signIn(testApp, PHH_ADMIN);
      const response = await request(testApp.server).post('/api/auth/logout').set('Cookie', session.cookie).expect(204);

      expect(String(response.headers['set-cookie'])).toMatch(/od_refresh=;.*Expires=Thu, 01 Jan 1970/);
      await refresh(testApp, session.cookie).expect(401);
      await me(testApp, session.accessToken).expect(401);
    });

    it('succeeds without a cookie, so signing out twice is harmless', async () => {
      await request(testApp.server).post('/api/auth/logout').expect(204);
    });
  });

  describe('access tokens', () => {
    it('stop working when the permission version moves past theirs, until refreshed', async () => {
      const session = await signIn(testApp, PHH_ADMIN);
      await testApp.dataSource.getRepository(User).increment({ id: session.userId }, 'permissionVersion', 1);

      expect((await me(testApp, session.accessToken).expect(401)).body.code).toBe('UNAUTHENTICATED');
      const renewed = await refresh(testApp, session.cookie).expect(200);
      await me(testApp, renewed.body.accessToken).expect(200);
    });

    it('stop working at once when the user is deactivated, and cannot be refreshed', async () => {
      await createUser(testApp, { email: 'leaver@phh.example', password: 'leaver password 12' });
      const session = await signIn(testApp, 'leaver@phh.example', 'leaver password 12');
      await testApp.dataSource.getRepository(User).update({ id: session.userId }, { isActive: false });

      await me(testApp, session.accessToken).expect(401);
      await refresh(testApp, session.cookie).expect(401);
    });

    it('are refused when signed with another algorithm, another secret, or none, or when expired', async () => {
      const session = await signIn(testApp, PHH_ADMIN);
      const [, payload] = session.accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
      const secret = testApp.config.jwtSecret;
      const now = Math.floor(Date.now() / 1000);

      const forged = [
        signToken({ alg: 'HS512', typ: 'JWT' }, claims, secret, 'sha512'),
        signToken({ alg: 'HS384', typ: 'JWT' }, claims, secret, 'sha384'),
        signToken({ alg: 'HS256', typ: 'JWT' }, claims, 'some-other-secret-of-enough-length-123'),
        `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`,
        signToken({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 3600, exp: now - 60 }, secret),
        signToken({ alg: 'HS256', typ: 'JWT' }, { ...claims, role: 'superuser' }, secret),
        'not-a-token',
      ];
      for (const token of forged) {
        expect((await me(testApp, token).expect(401)).body.code).toBe('UNAUTHENTICATED');
      }
      // The same claims signed as the server signs them are accepted: the refusals above are about the signature.
      await me(testApp, signToken({ alg: 'HS256', typ: 'JWT' }, claims, secret)).expect(200);
    });

    it('are required on routes that declare nothing (deny by default)', async () => {
      await request(testApp.server).get('/api/guard-fixture/undeclared').expect(401);
      const session = await signIn(testApp, PHH_ADMIN);
      await request(testApp.server).get('/api/guard-fixture/undeclared').set(bearer(session)).expect(200);
    });

    it('carry no rights of their own: the role is read from the database', async () => {
      await createUser(testApp, { email: 'demoted@phh.example', password: 'demoted password 1', role: 'admin' });
      const session = await signIn(testApp, 'demoted@phh.example', 'demoted password 1');
      await request(testApp.server).get('/api/guard-fixture/admin').set(bearer(session)).expect(200);

      await testApp.dataSource.getRepository(User).update({ id: session.userId }, { role: 'user' });
      const response = await request(testApp.server).get('/api/guard-fixture/admin').set(bearer(session)).expect(403);
      expect(response.body.message).toBe('Only administrators can do this.');
    });
  });

  describe('GET /api/auth/me', () => {
    it('describes the user, the organization, and (until per-user rights exist) everything as permitted', async () => {
      const session = await signIn(testApp, PHH_ADMIN);
      const response = await me(testApp, session.accessToken).expect(200);

      expect(response.body).toEqual({
        user: expect.objectContaining({ id: session.userId, email: PHH_ADMIN, role: 'admin' }),
        organization: { id: response.body.user.organizationId, name: 'PHH' },
        permissions: {
          tabs: ['overview', 'leasing', 'renewals', 'delinquency', 'financials', 'reviews', 'risk', 'maintenance'],
          views: expect.arrayContaining(['overview.kpi_tiles', 'delinquency.ar_table', 'maintenance.summary']),
        },
        scope: { allProperties: true, propertyIds: [] },
      });
      expect(response.body.permissions.views).toHaveLength(29);
    });

    it('answers 401 without a token', async () => {
      expect((await request(testApp.server).get('/api/auth/me').expect(401)).body.code).toBe('UNAUTHENTICATED');
    });
  });
});
