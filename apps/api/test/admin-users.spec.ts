import request from 'supertest';
import { bearer, SignedIn, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

describe('team management', () => {
  let testApp: TestApp;
  let admin: SignedIn;

  const http = () => request(testApp.server);
  const list = (query: Record<string, string | number> = {}) =>
    http().get('/api/admin/users').query(query).set(bearer(admin));
  const patch = (id: string, body: object, as = admin) =>
    http().patch(`/api/admin/users/${id}`).set(bearer(as)).send(body);

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signIn(testApp, PHH_ADMIN);
    for (let index = 1; index <= 12; index += 1) {
      await createUser(testApp, {
        email: `member${String(index).padStart(2, '0')}@phh.example`,
        password: 'member password 1',
      });
    }
    await createUser(testApp, { email: 'retired@phh.example', password: 'member password 1', isActive: false });
    await createUser(testApp, { email: 'deputy@phh.example', password: 'deputy password 1', role: 'admin' });
    await createUser(testApp, {
      email: 'kairoi-user@kairoi.example',
      password: 'member password 1',
      organization: 'kairoi',
    });
  });

  afterAll(() => testApp.close());

  describe('listing', () => {
    it('pages through the organization’s members by name, with the total, and nobody else', async () => {
      // The demo admin, twelve members, a deactivated one and a second admin.
      const first = await list({ pageSize: 4 }).expect(200);
      expect(first.body).toMatchObject({ total: 15, page: 1, pageSize: 4 });
      expect(first.body.items).toHaveLength(4);
      const last = await list({ pageSize: 4, page: 4 }).expect(200);
      expect(last.body.items).toHaveLength(3);
      const all = await list({ pageSize: 100 }).expect(200);
      const emails = all.body.items.map((user: { email: string }) => user.email);
      expect(emails).not.toContain('kairoi-user@kairoi.example');
      expect(emails).toContain('retired@phh.example');
      expect(all.body.items[0]).toEqual({
        id: expect.any(String),
        email: 'deputy@phh.example',
        displayName: 'deputy',
        role: 'admin',
        isActive: true,
        lastLogin: null,
        createdAt: expect.any(String),
        scope: { allProperties: true, propertyCount: 0 },
        pendingInvite: false,
        mustChangePassword: false,
        erased: false,
      });
      expect((await list({ page: 99 }).expect(200)).body).toMatchObject({ items: [], total: 15 });
    });

    it('searches names and emails, treating wildcards as text', async () => {
      expect((await list({ q: 'MEMBER1' }).expect(200)).body.total).toBe(3);
      expect((await list({ q: '%' }).expect(200)).body.total).toBe(0);
      expect((await list({ q: "'; DROP TABLE users; --" }).expect(200)).body.total).toBe(0);
    });

    it('filters by role and status', async () => {
      expect((await list({ role: 'admin' }).expect(200)).body.total).toBe(2);
      expect(
        (await list({ status: 'inactive' }).expect(200)).body.items.map((u: { email: string }) => u.email),
      ).toEqual(['retired@phh.example']);
      expect((await list({ status: 'active' }).expect(200)).body.total).toBe(14);
      expect((await list({ status: 'pending' }).expect(200)).body.total).toBe(0);
    });

    it.each([
      [{ page: 0 }, 'page'],
      [{ page: 'two' }, 'page'],
      [{ pageSize: 101 }, 'pageSize'],
      [{ role: 'owner' }, 'role'],
      [{ status: 'gone' }, 'status'],
      [{ q: 'x'.repeat(101) }, 'q'],
      [{ sort: 'email' }, 'sort'],
    ])('answers %j with 400 naming %s', async (query, field) => {
      const response = await list(query as Record<string, string | number>).expect(400);
      expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual([field]);
    });
  });

  describe('changing a member', () => {
    it('renames without signing anyone out', async () => {
      const user = await createUser(testApp, { email: 'renamed@phh.example', password: 'member password 1' });
      const session = await signIn(testApp, 'renamed@phh.example', 'member password 1');
      const response = await patch(user.id, { displayName: '  Ren Amed  ' }).expect(200);
      expect(response.body.displayName).toBe('Ren Amed');
      await http().get('/api/auth/me').set(bearer(session)).expect(200);
    });

    it('answers a change of nothing ({}) with 400 saying what may be sent, changing nothing', async () => {
      const user = await createUser(testApp, { email: 'unchanged@phh.example', password: 'member password 1' });
      const response = await patch(user.id, {}).expect(400);
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'Nothing to change: send at least one of displayName, role and isActive.',
        code: 'VALIDATION_FAILED',
      });
      expect((await http().get(`/api/admin/users/${user.id}`).set(bearer(admin)).expect(200)).body).toMatchObject({
        displayName: 'unchanged',
        role: 'user',
        isActive: true,
      });
    });

    it('promotes at once: the old token is refused, a new one is an admin’s', async () => {
      const user = await createUser(testApp, { email: 'promoted@phh.example', password: 'member password 1' });
      const before = await signIn(testApp, 'promoted@phh.example', 'member password 1');
      await http().get('/api/admin/users').set(bearer(before)).expect(403);

      expect((await patch(user.id, { role: 'admin' }).expect(200)).body.role).toBe('admin');
      await http().get('/api/admin/users').set(bearer(before)).expect(401);
      const after = await signIn(testApp, 'promoted@phh.example', 'member password 1');
      await http().get('/api/admin/users').set(bearer(after)).expect(200);
      await patch(user.id, { role: 'user' }).expect(200);
    });

    it('deactivates (DELETE) and signs out; reactivates with PATCH', async () => {
      const user = await createUser(testApp, { email: 'leaving@phh.example', password: 'member password 1' });
      const session = await signIn(testApp, 'leaving@phh.example', 'member password 1');

      await http().delete(`/api/admin/users/${user.id}`).set(bearer(admin)).expect(204);
      await http().get('/api/auth/me').set(bearer(session)).expect(401);
      await http().post('/api/auth/refresh').set('Cookie', session.cookie).expect(401);
      await http()
        .post('/api/auth/login')
        .send({ email: 'leaving@phh.example', password: 'member password 1' })
        .expect(401);
      expect((await http().get(`/api/admin/users/${user.id}`).set(bearer(admin)).expect(200)).body.isActive).toBe(
        false,
      );

      expect((await patch(user.id, { isActive: true }).expect(200)).body.isActive).toBe(true);
      await signIn(testApp, 'leaving@phh.example', 'member password 1');
    });

    it('signs a member out everywhere', async () => {
      const user = await createUser(testApp, { email: 'roaming@phh.example', password: 'member password 1' });
      const laptop = await signIn(testApp, 'roaming@phh.example', 'member password 1');
      const phone = await signIn(testApp, 'roaming@phh.example', 'member password 1');

      await http().post(`/api/admin/users/${user.id}/sign-out`).set(bearer(admin)).expect(204);
      for (const session of [laptop, phone]) {
        await http().get('/api/auth/me').set(bearer(session)).expect(401);
        await http().post('/api/auth/refresh').set('Cookie', session.cookie).expect(401);
      }
    });

    it.each([
      [{ role: 'owner' }, 'role'],
      [{ isActive: 'no' }, 'isActive'],
      [{ displayName: '' }, 'displayName'],
      [{ displayName: null }, 'displayName'],
      [{ email: 'new@phh.example' }, 'email'],
    ])('answers %j with 400 naming %s', async (body, field) => {
      const member = (await list({ q: 'member01' })).body.items[0];
      const response = await patch(member.id, body).expect(400);
      expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual([field]);
    });
  });

  describe('the last administrator', () => {
    let solo: TestApp;
    let soloAdmin: SignedIn;

    beforeAll(async () => {
      solo = await startTestApp();
      soloAdmin = await signIn(solo, PHH_ADMIN);
    });

    afterAll(() => solo.close());

    it('cannot be demoted or deactivated, by themself or anyone', async () => {
      for (const body of [{ role: 'user' }, { isActive: false }]) {
        const response = await request(solo.server)
          .patch(`/api/admin/users/${soloAdmin.userId}`)
          .set(bearer(soloAdmin))
          .send(body)
          .expect(409);
        expect(response.body).toEqual({
          statusCode: 409,
          error: 'Conflict',
          message:
            'PHH Administrator is the last active administrator of PHH. Make another user an administrator first.',
          code: 'LAST_ADMIN',
        });
      }
      await request(solo.server).delete(`/api/admin/users/${soloAdmin.userId}`).set(bearer(soloAdmin)).expect(409);
      await request(solo.server).get('/api/auth/me').set(bearer(soloAdmin)).expect(200);
    });

    it('can step down once another admin exists', async () => {
      const other = await createUser(solo, {
        email: 'second@phh.example',
        password: 'second admin 123',
        role: 'admin',
      });
      await request(solo.server)
        .patch(`/api/admin/users/${soloAdmin.userId}`)
        .set(bearer(soloAdmin))
        .send({ role: 'user' })
        .expect(200);
      const second = await signIn(solo, 'second@phh.example', 'second admin 123');
      const response = await request(solo.server)
        .patch(`/api/admin/users/${other.id}`)
        .set(bearer(second))
        .send({ isActive: false })
        .expect(409);
      expect(response.body.code).toBe('LAST_ADMIN');
    });
  });

  describe('presets', () => {
    it('are created, listed, changed, applied and deleted', async () => {
      const created = await http()
        .post('/api/admin/presets')
        .set(bearer(admin))
        .send({ name: 'Regional manager', role: 'user', tabs: { financials: false }, views: { 'risk.churn': false } })
        .expect(201);
      expect(created.body).toMatchObject({ name: 'Regional manager', role: 'user', propertyIds: null });

      await http()
        .post('/api/admin/presets')
        .set(bearer(admin))
        .send({ name: 'regional MANAGER', role: 'user' })
        .expect(409)
        .expect((response) => expect(response.body.code).toBe('PRESET_NAME_TAKEN'));

      const updated = await http()
        .patch(`/api/admin/presets/${created.body.id}`)
        .set(bearer(admin))
        .send({ tabs: { financials: false, maintenance: false } })
        .expect(200);
      expect(updated.body.tabs).toEqual({ financials: false, maintenance: false });
      expect((await http().get('/api/admin/presets').set(bearer(admin)).expect(200)).body.items).toHaveLength(1);

      const user = await createUser(testApp, { email: 'regional@phh.example', password: 'member password 1' });
      const applied = await http()
        .post(`/api/admin/users/${user.id}/apply-preset`)
        .set(bearer(admin))
        .send({ presetId: created.body.id })
        .expect(200);
      expect(applied.body.role).toBe('user');
      const tree = (await http().get(`/api/admin/users/${user.id}/permissions`).set(bearer(admin))).body;
      expect(tree.tabs).toMatchObject({ financials: false, maintenance: false, overview: true });
      expect(tree.views['risk.churn']).toBe(false);

      await http().delete(`/api/admin/presets/${created.body.id}`).set(bearer(admin)).expect(204);
      await http().delete(`/api/admin/presets/${created.body.id}`).set(bearer(admin)).expect(404);
      // The user keeps what the preset gave.
      expect(
        (await http().get(`/api/admin/users/${user.id}/permissions`).set(bearer(admin))).body.tabs.financials,
      ).toBe(false);
    });

    it('refuse bad input, naming the field', async () => {
      const cases: [object, string][] = [
        [{ role: 'user' }, 'name'],
        [{ name: 'X', role: 'boss' }, 'role'],
        [{ name: 'X', role: 'user', tabs: ['financials'] }, 'tabs'],
        [{ name: 'X', role: 'user', propertyIds: [1] }, 'propertyIds'],
      ];
      for (const [body, field] of cases) {
        const response = await http().post('/api/admin/presets').set(bearer(admin)).send(body).expect(400);
        expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
      }
      await http()
        .post(`/api/admin/users/${admin.userId}/apply-preset`)
        .set(bearer(admin))
        .send({ presetId: 'nope' })
        .expect(400);
    });
  });

  describe('your own profile', () => {
    it('changes your name and picture, and refuses anything but an https picture', async () => {
      const user = await createUser(testApp, { email: 'vain@phh.example', password: 'member password 1' });
      const session = await signIn(testApp, 'vain@phh.example', 'member password 1');
      const updated = await http()
        .patch('/api/users/me')
        .set(bearer(session))
        .send({ displayName: 'Val Vain', avatarUrl: 'https://images.example.com/val.png' })
        .expect(200);
      expect(updated.body).toMatchObject({
        id: user.id,
        displayName: 'Val Vain',
        avatarUrl: 'https://images.example.com/val.png',
      });
      expect((await http().get('/api/auth/me').set(bearer(session))).body.user.displayName).toBe('Val Vain');

      for (const avatarUrl of ['javascript:alert(1)', 'http://images.example.com/val.png', 'not a url']) {
        const response = await http().patch('/api/users/me').set(bearer(session)).send({ avatarUrl }).expect(400);
        expect(response.body.details[0].field).toBe('avatarUrl');
      }
      await http().patch('/api/users/me').set(bearer(session)).send({ role: 'admin' }).expect(400);
      expect(
        (await http().patch('/api/users/me').set(bearer(session)).send({ avatarUrl: null }).expect(200)).body.avatarUrl,
      ).toBeNull();
    });
  });
});
