import request from 'supertest';
import { bearer, refreshCookieOf, SignedIn, signIn } from './support/sessions';
import { linkToken, SmtpCapture } from './support/smtp-capture';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

describe('inviting a team member', () => {
  const smtp = new SmtpCapture();
  let testApp: TestApp;
  let admin: SignedIn;

  function invite(body: object) {
    return request(testApp.server).post('/api/admin/users').set(bearer(admin)).send(body);
  }

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    testApp = await startTestApp({ config: { smtpUrl, publicUrl: 'https://dash.example.test' } });
    admin = await signIn(testApp, PHH_ADMIN);
  });

  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
  });

  it('by email: the invitee gets a mail over SMTP, follows its link, chooses a password and is signed in', async () => {
    const created = await invite({
      email: 'Sarah@PHH.example',
      displayName: 'Sarah Miller',
      role: 'user',
      delivery: 'email',
    }).expect(201);
    expect(created.body.user).toMatchObject({
      email: 'sarah@phh.example',
      displayName: 'Sarah Miller',
      role: 'user',
      isActive: true,
      pendingInvite: true,
      lastLogin: null,
      scope: { allProperties: true, propertyCount: 0 },
    });
    expect(created.body.credentials).toEqual({
      delivery: 'email',
      temporaryPassword: null,
      expiresAt: expect.any(String),
    });
    const expiresIn = Date.parse(created.body.credentials.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(71 * 3600 * 1000);
    expect(expiresIn).toBeLessThanOrEqual(72 * 3600 * 1000);

    const mail = await smtp.waitFor('sarah@phh.example', /invited you to PHH/);
    expect(mail.subject).toBe('PHH Administrator invited you to PHH on Ownerdash');
    expect(mail.text).toContain('Hello Sarah Miller');
    expect(mail.text).toContain('expires on');
    expect(mail.html).toContain('https://dash.example.test/accept-invite?token=');
    const token = linkToken(mail, 'accept-invite');

    // Before accepting there is no password to sign in with.
    await request(testApp.server)
      .post('/api/auth/login')
      .send({ email: 'sarah@phh.example', password: 'anything at all 1' })
      .expect(401);

    const accepted = await request(testApp.server)
      .post('/api/auth/accept-invite')
      .send({ token, newPassword: 'sarahs own password', displayName: 'Sarah M.' })
      .expect(200);
    expect(accepted.body.user).toMatchObject({ email: 'sarah@phh.example', displayName: 'Sarah M.', role: 'user' });
    expect(refreshCookieOf(accepted)).toMatch(/^od_refresh=/);
    await request(testApp.server)
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${accepted.body.accessToken}`)
      .expect(200);

    // The link works once.
    const again = await request(testApp.server)
      .post('/api/auth/accept-invite')
      .send({ token, newPassword: 'another password 99' })
      .expect(400);
    expect(again.body.code).toBe('INVALID_OR_EXPIRED_TOKEN');
    await signIn(testApp, 'sarah@phh.example', 'sarahs own password');

    const listed = await request(testApp.server)
      .get('/api/admin/users')
      .query({ q: 'sarah' })
      .set(bearer(admin))
      .expect(200);
    expect(listed.body.items[0]).toMatchObject({ pendingInvite: false, lastLogin: expect.any(String) });
  });

  it('with a temporary password: shown once, and the user must change it at first sign-in', async () => {
    const created = await invite({
      email: 'tom@phh.example',
      displayName: 'Tom Reed',
      role: 'user',
      delivery: 'temporary-password',
    }).expect(201);
    const temporaryPassword = created.body.credentials.temporaryPassword as string;
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(created.body.credentials.delivery).toBe('temporary-password');

    const tom = await signIn(testApp, 'tom@phh.example', temporaryPassword);
    const me = await request(testApp.server).get('/api/auth/me').set(bearer(tom)).expect(200);
    expect(me.body.user.mustChangePassword).toBe(true);
    await request(testApp.server).get('/api/properties').set(bearer(tom)).expect(403);

    await request(testApp.server)
      .post('/api/auth/change-password')
      .set(bearer(tom))
      .send({ currentPassword: temporaryPassword, newPassword: 'toms chosen password' })
      .expect(204);
    await request(testApp.server).get('/api/properties').set(bearer(tom)).expect(200);
  });

  it('refuses a temporary password once it has expired', async () => {
    const created = await invite({
      email: 'late@phh.example',
      displayName: 'Late Comer',
      role: 'user',
      delivery: 'temporary-password',
    }).expect(201);
    await testApp.dataSource.query(
      `UPDATE users SET password_expires_at = now() - interval '1 second' WHERE email = 'late@phh.example'`,
    );
    await request(testApp.server)
      .post('/api/auth/login')
      .send({ email: 'late@phh.example', password: created.body.credentials.temporaryPassword })
      .expect(401);
  });

  it('refuses an expired invitation link', async () => {
    await invite({ email: 'slow@phh.example', displayName: 'Slow Reader', role: 'user', delivery: 'email' }).expect(
      201,
    );
    const token = linkToken(await smtp.waitFor('slow@phh.example', /invited you/), 'accept-invite');
    await testApp.dataSource.query(`UPDATE password_resets SET expires_at = now() - interval '1 second'`);

    const response = await request(testApp.server)
      .post('/api/auth/accept-invite')
      .send({ token, newPassword: 'too late for this 1' })
      .expect(400);
    expect(response.body).toMatchObject({
      code: 'INVALID_OR_EXPIRED_TOKEN',
      message: expect.stringContaining('expired'),
    });
  });

  it('keeps the link usable when the chosen password is refused', async () => {
    await invite({ email: 'picky@phh.example', displayName: 'Picky', role: 'user', delivery: 'email' }).expect(201);
    const token = linkToken(await smtp.waitFor('picky@phh.example', /invited you/), 'accept-invite');

    const weak = await request(testApp.server)
      .post('/api/auth/accept-invite')
      .send({ token, newPassword: 'password1234' })
      .expect(400);
    expect(weak.body.code).toBe('WEAK_PASSWORD');
    await request(testApp.server)
      .post('/api/auth/accept-invite')
      .send({ token, newPassword: 'a better password 7' })
      .expect(200);
  });

  it('starts the user with the given scope and tree, or a preset’s', async () => {
    const { body: properties } = await request(testApp.server).get('/api/properties').set(bearer(admin)).expect(200);
    const parkside = properties.items.find((property: { name: string }) => property.name === 'Parkside');
    const preset = await request(testApp.server)
      .post('/api/admin/presets')
      .set(bearer(admin))
      .send({ name: 'Leasing agent', role: 'user', tabs: { financials: false }, propertyIds: [parkside.id] })
      .expect(201);

    const fromPreset = await invite({
      email: 'agent@phh.example',
      displayName: 'Agent',
      role: 'user',
      presetId: preset.body.id,
      delivery: 'temporary-password',
    }).expect(201);
    expect(fromPreset.body.user.scope).toEqual({ allProperties: false, propertyCount: 1 });
    const agent = await signIn(testApp, 'agent@phh.example', fromPreset.body.credentials.temporaryPassword);
    await request(testApp.server)
      .post('/api/auth/change-password')
      .set(bearer(agent))
      .send({ currentPassword: fromPreset.body.credentials.temporaryPassword, newPassword: 'agent password 123' })
      .expect(204);
    const me = await request(testApp.server).get('/api/auth/me').set(bearer(agent)).expect(200);
    expect(me.body.permissions.tabs).not.toContain('financials');
    expect(me.body.scope).toEqual({ allProperties: false, propertyIds: [parkside.id] });

    const overridden = await invite({
      email: 'agent2@phh.example',
      displayName: 'Agent Two',
      role: 'user',
      presetId: preset.body.id,
      propertyIds: [],
      tabs: { risk: false },
      delivery: 'email',
    }).expect(201);
    expect(overridden.body.user.scope).toEqual({ allProperties: true, propertyCount: 0 });
  });

  it('refuses an email that is already taken, in any case and any organization', async () => {
    const response = await invite({
      email: 'ADMIN@kairoi.example',
      displayName: 'Duplicate',
      role: 'user',
      delivery: 'email',
    }).expect(409);
    expect(response.body).toMatchObject({ code: 'EMAIL_TAKEN', message: expect.stringContaining('already exists') });
  });

  it.each([
    ['no delivery', { email: 'x1@phh.example', displayName: 'X', role: 'user' }, 'delivery'],
    ['an unknown role', { email: 'x2@phh.example', displayName: 'X', role: 'owner', delivery: 'email' }, 'role'],
    ['a blank name', { email: 'x3@phh.example', displayName: '   ', role: 'user', delivery: 'email' }, 'displayName'],
    [
      'an unknown tab',
      { email: 'x4@phh.example', displayName: 'X', role: 'user', delivery: 'email', tabs: { payroll: false } },
      'tabs',
    ],
    [
      'a view set to a string',
      { email: 'x5@phh.example', displayName: 'X', role: 'user', delivery: 'email', views: { 'risk.churn': 'no' } },
      'views',
    ],
    [
      'a property id that is not a UUID',
      { email: 'x6@phh.example', displayName: 'X', role: 'user', delivery: 'email', propertyIds: ['parkside'] },
      'propertyIds',
    ],
    ['a null name', { email: 'x7@phh.example', displayName: null, role: 'user', delivery: 'email' }, 'displayName'],
  ])('answers %s with 400 naming the field, creating nothing', async (_case, body, field) => {
    const response = await invite(body).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    const [{ count }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM users WHERE email LIKE 'x_@%'`,
    );
    expect(count).toBe(0);
  });

  it('refuses a property of another organization, naming it, and creates nothing', async () => {
    const [kairoiProperty] = await testApp.dataSource.query(
      `SELECT p.id FROM properties p JOIN organizations o ON o.id = p.organization_id WHERE o.slug = 'kairoi' LIMIT 1`,
    );
    const response = await invite({
      email: 'spy@phh.example',
      displayName: 'Spy',
      role: 'user',
      delivery: 'email',
      propertyIds: [kairoiProperty.id],
    }).expect(400);
    expect(response.body.message).toContain(kairoiProperty.id);
    await request(testApp.server)
      .get('/api/admin/users')
      .query({ q: 'spy' })
      .set(bearer(admin))
      .expect(200)
      .expect((r) => {
        expect(r.body.total).toBe(0);
      });
  });
});
