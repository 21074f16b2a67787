import request from 'supertest';
import { bearer, SignedIn, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface AdminRoute {
  readonly method: Method;
  readonly path: (ids: { user: string; preset: string }) => string;
  readonly body?: object;
}

/** Every admin route that names a resource, with a body that would be valid. */
const ROUTES_WITH_IDS: readonly AdminRoute[] = [
  { method: 'get', path: ({ user }) => `/api/admin/users/${user}` },
  { method: 'patch', path: ({ user }) => `/api/admin/users/${user}`, body: { displayName: 'Taken Over' } },
  { method: 'delete', path: ({ user }) => `/api/admin/users/${user}` },
  { method: 'get', path: ({ user }) => `/api/admin/users/${user}/access` },
  { method: 'put', path: ({ user }) => `/api/admin/users/${user}/access`, body: { propertyIds: [] } },
  { method: 'get', path: ({ user }) => `/api/admin/users/${user}/permissions` },
  { method: 'put', path: ({ user }) => `/api/admin/users/${user}/permissions`, body: { tabs: { risk: false } } },
  {
    method: 'post',
    path: ({ user }) => `/api/admin/users/${user}/reset-password`,
    body: { delivery: 'temporary-password' },
  },
  { method: 'post', path: ({ user }) => `/api/admin/users/${user}/sign-out` },
  { method: 'patch', path: ({ preset }) => `/api/admin/presets/${preset}`, body: { name: 'Renamed' } },
  { method: 'delete', path: ({ preset }) => `/api/admin/presets/${preset}` },
];

const ROUTES_WITHOUT_IDS: readonly AdminRoute[] = [
  { method: 'get', path: () => '/api/admin/users' },
  {
    method: 'post',
    path: () => '/api/admin/users',
    body: { email: 'n@phh.example', displayName: 'N', role: 'user', delivery: 'email' },
  },
  { method: 'get', path: () => '/api/admin/presets' },
  { method: 'post', path: () => '/api/admin/presets', body: { name: 'P', role: 'user' } },
];

describe('admin routes across organizations and roles', () => {
  let testApp: TestApp;
  let phhAdmin: SignedIn;
  let kairoiAdmin: SignedIn;
  let phhUser: SignedIn;
  const phh = { user: '', preset: '' };

  function call(route: AdminRoute, session: SignedIn, ids = phh) {
    const pending = request(testApp.server)[route.method](route.path(ids)).set(bearer(session));
    return route.body ? pending.send(route.body) : pending;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    phhAdmin = await signIn(testApp, PHH_ADMIN);
    kairoiAdmin = await signIn(testApp, 'admin@kairoi.example');
    phh.user = (await createUser(testApp, { email: 'target@phh.example', password: 'target password 1' })).id;
    await createUser(testApp, { email: 'plain@phh.example', password: 'plain password 12' });
    phhUser = await signIn(testApp, 'plain@phh.example', 'plain password 12');
    phh.preset = (
      await request(testApp.server)
        .post('/api/admin/presets')
        .set(bearer(phhAdmin))
        .send({ name: 'PHH preset', role: 'user' })
    ).body.id;
  });

  afterAll(() => testApp.close());

  it.each(
    ROUTES_WITH_IDS.map((route) => [
      `${route.method.toUpperCase()} ${route.path({ user: ':id', preset: ':id' })}`,
      route,
    ]),
  )('%s: another organization’s admin gets 404 and changes nothing', async (_name, route) => {
    const response = await call(route as AdminRoute, kairoiAdmin).expect(404);
    expect(response.body.message).toMatch(/in your organization/);
  });

  it('left the PHH user and preset untouched after all those attempts', async () => {
    const user = await request(testApp.server).get(`/api/admin/users/${phh.user}`).set(bearer(phhAdmin)).expect(200);
    expect(user.body).toMatchObject({ displayName: 'target', isActive: true });
    const presets = await request(testApp.server).get('/api/admin/presets').set(bearer(phhAdmin)).expect(200);
    expect(presets.body.items.map((preset: { name: string }) => preset.name)).toEqual(['PHH preset']);
    await signIn(testApp, 'target@phh.example', 'target password 1');
  });

  it('does not let another organization’s admin apply their preset to a PHH user, nor a PHH preset to theirs', async () => {
    const kairoiPreset = await request(testApp.server)
      .post('/api/admin/presets')
      .set(bearer(kairoiAdmin))
      .send({ name: 'Kairoi preset', role: 'user' })
      .expect(201);
    await request(testApp.server)
      .post(`/api/admin/users/${phh.user}/apply-preset`)
      .set(bearer(kairoiAdmin))
      .send({ presetId: kairoiPreset.body.id })
      .expect(404);
    await request(testApp.server)
      .post(`/api/admin/users/${kairoiAdmin.userId}/apply-preset`)
      .set(bearer(kairoiAdmin))
      .send({ presetId: phh.preset })
      .expect(404);
  });

  it.each(
    [...ROUTES_WITH_IDS, ...ROUTES_WITHOUT_IDS].map((route) => [
      `${route.method.toUpperCase()} ${route.path({ user: ':id', preset: ':id' })}`,
      route,
    ]),
  )('%s: a user who is not an admin gets 403', async (_name, route) => {
    const response = await call(route as AdminRoute, phhUser).expect(403);
    expect(response.body.code).toBe('ADMIN_ONLY');
  });

  it.each(
    ROUTES_WITH_IDS.map((route) => [
      `${route.method.toUpperCase()} ${route.path({ user: ':id', preset: ':id' })}`,
      route,
    ]),
  )('%s: an id that is not a UUID gets 400 naming it', async (_name, route) => {
    const response = await call(route as AdminRoute, phhAdmin, { user: 'not-a-uuid', preset: 'not-a-uuid' }).expect(
      400,
    );
    expect(response.body.details).toEqual([{ field: 'id', problems: ['id must be a UUID'] }]);
  });

  it('answers 401 on every admin route without a token', async () => {
    for (const route of [...ROUTES_WITH_IDS, ...ROUTES_WITHOUT_IDS]) {
      const pending = request(testApp.server)[route.method](route.path(phh));
      await (route.body ? pending.send(route.body) : pending).expect(401);
    }
  });
});
