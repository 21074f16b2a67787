import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { Authenticator } from '../src/auth/authenticator';
import { RouteAccessPolicy } from '../src/auth/route-access-policy';
import { bearer, SignedIn, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

/**
 * The transport-free authenticator and route-access policy that HTTP uses through its passport
 * strategy and the socket handshake calls directly: each verdict is checked against what the
 * HTTP API answers for the same token.
 */
describe('the authenticator shared by every transport', () => {
  let testApp: TestApp;
  let authenticator: Authenticator;
  let policy: RouteAccessPolicy;
  let admin: SignedIn;

  const me = (token: string) => request(testApp.server).get('/api/auth/me').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    testApp = await startTestApp();
    authenticator = testApp.app.get(Authenticator);
    policy = testApp.app.get(RouteAccessPolicy);
    admin = await signIn(testApp, PHH_ADMIN);
  });

  afterAll(() => testApp.close());

  it('turns a live token into the caller HTTP sees', async () => {
    const { caller } = await authenticator.authenticate(admin.accessToken);
    const answer = await me(admin.accessToken).expect(200);

    expect(caller).toMatchObject({
      userId: admin.userId,
      organizationId: answer.body.organization.id,
      organizationName: 'PHH',
      role: 'admin',
      email: PHH_ADMIN,
      mustChangePassword: false,
    });
  });

  it('refuses missing, forged, expired and foreign-algorithm tokens as HTTP does', async () => {
    const jwt = testApp.app.get(JwtService);
    const [, payload] = admin.accessToken.split('.');
    const { sub, org, role, pv, sid } = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const rest = { sub, org, role, pv, sid };
    const expired = jwt.sign(rest, { expiresIn: -10 });
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    const otherIssuer = jwt.sign(rest, { issuer: 'someone-else' });
    const forged = `${admin.accessToken.slice(0, -4)}AAAA`;

    expect(await authenticator.authenticate(undefined)).toEqual({ refusal: 'invalid-token' });
    for (const token of [expired, unsigned, otherIssuer, forged, 'not-a-token']) {
      expect(await authenticator.authenticate(token)).toEqual({ refusal: 'invalid-token' });
      await me(token).expect(401);
    }
  });

  it('says why a well-signed token no longer authenticates: rights changed, session ended, account gone', async () => {
    const member = await createUser(testApp, { email: 'judged@phh.example', password: 'judged password 1' });
    const session = await signIn(testApp, 'judged@phh.example', 'judged password 1');
    expect((await authenticator.authenticate(session.accessToken)).caller?.userId).toBe(member.id);

    await request(testApp.server)
      .put(`/api/admin/users/${member.id}/permissions`)
      .set(bearer(admin))
      .send({ tabs: { risk: false } })
      .expect(200);
    expect(await authenticator.authenticate(session.accessToken)).toEqual({ refusal: 'permissions-changed' });
    await me(session.accessToken).expect(401);

    const fresh = await signIn(testApp, 'judged@phh.example', 'judged password 1');
    await request(testApp.server).post('/api/auth/logout').set('Cookie', fresh.cookie).expect(204);
    expect(await authenticator.authenticate(fresh.accessToken)).toEqual({ refusal: 'session-ended' });
    await me(fresh.accessToken).expect(401);

    const last = await signIn(testApp, 'judged@phh.example', 'judged password 1');
    await testApp.dataSource.query('UPDATE users SET is_active = false WHERE id = $1', [member.id]);
    expect(await authenticator.authenticate(last.accessToken)).toEqual({ refusal: 'account-inactive' });
    await me(last.accessToken).expect(401);
  });

  it('judges route rules for a caller with the reasons HTTP gives in its 403s', async () => {
    await createUser(testApp, { email: 'plain@phh.example', password: 'plain password 12' });
    const plain = await signIn(testApp, 'plain@phh.example', 'plain password 12');
    const { caller } = await authenticator.authenticate(plain.accessToken);
    if (!caller) {
      throw new Error('the member should authenticate');
    }

    expect(await policy.denial(caller, {})).toBeNull();
    const adminOnly = await policy.denial(caller, { admin: true });
    expect(adminOnly).toEqual({ code: 'ADMIN_ONLY', message: 'Only administrators can do this.' });
    const refused = await request(testApp.server).get('/api/admin/users').set(bearer(plain)).expect(403);
    expect(refused.body).toMatchObject(adminOnly ?? {});
    expect(await policy.denial(caller, { view: 'delinquency.ar_table' })).toBeNull();
    expect(await policy.denial({ ...caller, mustChangePassword: true }, {})).toMatchObject({
      code: 'PASSWORD_CHANGE_REQUIRED',
    });
    expect(
      await policy.denial({ ...caller, mustChangePassword: true }, { allowPendingPasswordChange: true }),
    ).toBeNull();
  });
});
