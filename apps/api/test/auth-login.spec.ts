import request from 'supertest';
import { PasswordHasher } from '../src/auth/password-hasher';
import { User } from '../src/users/user.entity';
import { signIn } from './support/sessions';
import { DEMO_PASSWORD, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

const INVALID_CREDENTIALS_BODY = {
  statusCode: 401,
  error: 'Unauthorized',
  message: 'Email or password is incorrect.',
  code: 'INVALID_CREDENTIALS',
};

function login(testApp: TestApp, email: string, password: string) {
  return request(testApp.server).post('/api/auth/login').send({ email, password });
}

describe('POST /api/auth/login', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
    await createUser(testApp, { email: 'gone@phh.example', password: 'a retired password 1', isActive: false });
  });

  afterAll(() => testApp.close());

  it('signs in the demo admin and returns the token, the user and a hardened refresh cookie', async () => {
    const response = await login(testApp, PHH_ADMIN, DEMO_PASSWORD).expect(200);

    expect(response.body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      expiresIn: 900,
      user: {
        id: expect.any(String),
        email: PHH_ADMIN,
        displayName: 'PHH Administrator',
        role: 'admin',
        organizationId: expect.any(String),
        mustChangePassword: false,
        avatarUrl: null,
      },
    });
    const cookie = (response.headers['set-cookie'] as unknown as string[]).find((value) =>
      value.startsWith('od_refresh='),
    );
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    const [header, payload] = (response.body.accessToken as string).split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString())).toMatchObject({ alg: 'HS256' });
    expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString())).toMatchObject({
      sub: response.body.user.id,
      org: response.body.user.organizationId,
      role: 'admin',
      pv: 1,
      sid: expect.any(String),
    });
  });

  it('matches the email whatever its case and surrounding spaces', async () => {
    await login(testApp, '  Admin@PHH.Example ', DEMO_PASSWORD).expect(200);
  });

  it('records the time of the last sign-in', async () => {
    const before = Date.now();
    await signIn(testApp, PHH_ADMIN);
    const user = await testApp.dataSource.getRepository(User).findOneByOrFail({ email: PHH_ADMIN });
    expect(user.lastLogin?.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it.each([
    ['a wrong password', PHH_ADMIN, 'not the password at all'],
    ['an unknown email', 'nobody@phh.example', DEMO_PASSWORD],
    ['a deactivated account with its right password', 'gone@phh.example', 'a retired password 1'],
  ])('answers %s with the one invalid-credentials body and no cookie', async (_case, email, password) => {
    const response = await login(testApp, email, password).expect(401);
    expect(response.body).toEqual(INVALID_CREDENTIALS_BODY);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  // The benchmark (npm run bench) measures that both answers take as long; this checks the reason.
  it('checks the password of an unknown email against an Argon2id hash like an account’s', async () => {
    const verify = jest.spyOn(testApp.app.get(PasswordHasher), 'verify');
    await login(testApp, 'ghost@phh.example', 'a guessed password 1').expect(401);
    await login(testApp, PHH_ADMIN, 'a guessed password 1').expect(401);

    const argon2id = expect.stringMatching(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(verify.mock.calls).toEqual([
      [argon2id, 'a guessed password 1'],
      [argon2id, 'a guessed password 1'],
    ]);
    verify.mockRestore();
    await testApp.dataSource.query('DELETE FROM login_throttle');
  });
});
