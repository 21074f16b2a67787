import request from 'supertest';
import { bearer, SignedIn, signIn } from './support/sessions';
import { DEMO_PASSWORD, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

const NUL = '\u0000';

interface Case {
  readonly method: 'get' | 'post' | 'patch';
  readonly path: () => string;
  readonly body?: object;
  readonly field: string;
}

/** PostgreSQL's text cannot hold U+0000: a request carrying it is refused, naming the field, before it reaches the database. */
describe('text with a NUL character', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let presetId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signIn(testApp, PHH_ADMIN);
    const preset = await request(testApp.server)
      .post('/api/admin/presets')
      .set(bearer(admin))
      .send({ name: 'Leasing agent', role: 'user' })
      .expect(201);
    presetId = preset.body.id;
  });

  afterAll(() => testApp.close());

  const cases: [string, Case][] = [
    [
      'the team search',
      { method: 'get', path: () => `/api/admin/users?q=sa${encodeURIComponent(NUL)}rah`, field: 'q' },
    ],
    [
      'an invitation’s display name',
      {
        method: 'post',
        path: () => '/api/admin/users',
        body: { email: 'new@phh.example', displayName: `New${NUL}`, role: 'user', delivery: 'temporary-password' },
        field: 'displayName',
      },
    ],
    [
      'a member’s new display name',
      {
        method: 'patch',
        path: () => `/api/admin/users/${admin.userId}`,
        body: { displayName: `A${NUL}B` },
        field: 'displayName',
      },
    ],
    [
      'a new preset’s name',
      { method: 'post', path: () => '/api/admin/presets', body: { name: `P${NUL}`, role: 'user' }, field: 'name' },
    ],
    [
      'a preset’s new name',
      { method: 'patch', path: () => `/api/admin/presets/${presetId}`, body: { name: `P${NUL}` }, field: 'name' },
    ],
    [
      'your own display name',
      { method: 'patch', path: () => '/api/users/me', body: { displayName: `Me${NUL}` }, field: 'displayName' },
    ],
    [
      'your own picture',
      {
        method: 'patch',
        path: () => '/api/users/me',
        body: { avatarUrl: `https://images.example.com/${NUL}.png` },
        field: 'avatarUrl',
      },
    ],
    [
      'the name chosen when accepting an invitation',
      {
        method: 'post',
        path: () => '/api/auth/accept-invite',
        body: { token: 't'.repeat(43), newPassword: 'a new password 1', displayName: `Me${NUL}` },
        field: 'displayName',
      },
    ],
    [
      'a password signing in',
      {
        method: 'post',
        path: () => '/api/auth/login',
        body: { email: PHH_ADMIN, password: `${DEMO_PASSWORD}${NUL}` },
        field: 'password',
      },
    ],
  ];

  it.each(cases)('is refused in %s with 400 naming the field', async (_name, { method, path, body, field }) => {
    const response = await request(testApp.server)[method](path()).set(bearer(admin)).send(body);
    const problem = `${field} must not contain the NUL character (U+0000)`;
    expect({ status: response.status, body: response.body }).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: problem,
        code: 'VALIDATION_FAILED',
        details: [{ field, problems: [problem] }],
      },
    });
  });

  it('changes nothing', async () => {
    const presets = await request(testApp.server).get('/api/admin/presets').set(bearer(admin)).expect(200);
    expect(presets.body.items.map((preset: { name: string }) => preset.name)).toEqual(['Leasing agent']);
    const me = await request(testApp.server).get('/api/auth/me').set(bearer(admin)).expect(200);
    expect(me.body.user).toMatchObject({ displayName: 'PHH Administrator', avatarUrl: null });
  });
});
