import request from 'supertest';
import { GuardFixtureController } from './support/guard-fixture.controller';
import { bearer, SignedIn, signIn } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

describe('POST /api/auth/change-password', () => {
  let testApp: TestApp;

  function changePassword(session: SignedIn, body: object) {
    return request(testApp.server).post('/api/auth/change-password').set(bearer(session)).send(body);
  }

  beforeAll(async () => {
    testApp = await startTestApp({ controllers: [GuardFixtureController] });
  });

  afterAll(() => testApp.close());

  it('changes the password, ends the other sessions and keeps this one', async () => {
    await createUser(testApp, { email: 'mover@phh.example', password: 'first password 123' });
    const here = await signIn(testApp, 'mover@phh.example', 'first password 123');
    const elsewhere = await signIn(testApp, 'mover@phh.example', 'first password 123');

    await changePassword(here, { currentPassword: 'first password 123', newPassword: 'second password 456' }).expect(
      204,
    );

    await request(testApp.server).get('/api/auth/me').set(bearer(here)).expect(200);
    await request(testApp.server).post('/api/auth/refresh').set('Cookie', here.cookie).expect(200);
    await request(testApp.server).get('/api/auth/me').set(bearer(elsewhere)).expect(401);
    await request(testApp.server).post('/api/auth/refresh').set('Cookie', elsewhere.cookie).expect(401);
    await signIn(testApp, 'mover@phh.example', 'second password 456');
    await request(testApp.server)
      .post('/api/auth/login')
      .send({ email: 'mover@phh.example', password: 'first password 123' })
      .expect(401);
  });

  it('refuses a wrong current password with 400, naming the field, and keeps the old password', async () => {
    await createUser(testApp, { email: 'careful@phh.example', password: 'careful password 1' });
    const session = await signIn(testApp, 'careful@phh.example', 'careful password 1');

    const response = await changePassword(session, {
      currentPassword: 'not my password',
      newPassword: 'another password 99',
    }).expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The current password is incorrect.',
      code: 'WRONG_CURRENT_PASSWORD',
      details: [{ field: 'currentPassword', problems: ['The current password is incorrect.'] }],
    });
    await signIn(testApp, 'careful@phh.example', 'careful password 1');
  });

  const OWN_EMAIL = Symbol("the account's own email");

  it.each([
    ['too short', 'short pw', 'at least 12 characters'],
    ['too long', 'x'.repeat(129), 'at most 128 characters'],
    ['among the most common', 'password1234', 'most commonly used'],
    ['the email address', OWN_EMAIL, 'must not be your email'],
    ['the current one', 'picky password 1', 'must differ'],
  ])('refuses a new password that is %s', async (label, newPassword, reason) => {
    const email = `picky-${label.replace(/\W+/g, '-')}@phh.example`;
    await createUser(testApp, { email, password: 'picky password 1' });
    const session = await signIn(testApp, email, 'picky password 1');

    const response = await changePassword(session, {
      currentPassword: 'picky password 1',
      newPassword: newPassword === OWN_EMAIL ? email.toUpperCase() : newPassword,
    }).expect(400);
    expect(response.body.code).toBe('WEAK_PASSWORD');
    expect(response.body.message).toContain(reason);
    expect(response.body.details).toEqual([{ field: 'newPassword', problems: [response.body.message] }]);
  });

  it('counts wrong current passwords toward the account lock', async () => {
    await createUser(testApp, { email: 'guessed@phh.example', password: 'guessed password 1' });
    const session = await signIn(testApp, 'guessed@phh.example', 'guessed password 1');
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await changePassword(session, { currentPassword: `guess ${attempt}`, newPassword: 'new password 12345' }).expect(
        400,
      );
    }
    const locked = await changePassword(session, {
      currentPassword: 'guessed password 1',
      newPassword: 'new password 12345',
    }).expect(429);
    expect(locked.body.code).toBe('TOO_MANY_ATTEMPTS');
  });
});

describe('a user who must change a temporary password', () => {
  let testApp: TestApp;
  let session: SignedIn;

  beforeAll(async () => {
    testApp = await startTestApp({ controllers: [GuardFixtureController] });
    await createUser(testApp, { email: 'newbie@phh.example', password: 'temporary pass 1', mustChangePassword: true });
    session = await signIn(testApp, 'newbie@phh.example', 'temporary pass 1');
  });

  afterAll(() => testApp.close());

  it('is told so at sign-in and by me', async () => {
    const login = await request(testApp.server)
      .post('/api/auth/login')
      .send({ email: 'newbie@phh.example', password: 'temporary pass 1' })
      .expect(200);
    expect(login.body.user.mustChangePassword).toBe(true);
    const me = await request(testApp.server).get('/api/auth/me').set(bearer(session)).expect(200);
    expect(me.body.user.mustChangePassword).toBe(true);
  });

  it('gets 403 PASSWORD_CHANGE_REQUIRED from every other route', async () => {
    const response = await request(testApp.server).get('/api/guard-fixture/signed-in').set(bearer(session)).expect(403);
    expect(response.body).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: 'You must change your temporary password before you can continue.',
      code: 'PASSWORD_CHANGE_REQUIRED',
    });
  });

  it('can sign out', async () => {
    const other = await signIn(testApp, 'newbie@phh.example', 'temporary pass 1');
    await request(testApp.server).post('/api/auth/logout').set('Cookie', other.cookie).expect(204);
  });

  it('gets everything back once the password is changed, with the same token', async () => {
    await request(testApp.server)
      .post('/api/auth/change-password')
      .set(bearer(session))
      .send({ currentPassword: 'temporary pass 1', newPassword: 'my own password 42' })
      .expect(204);

    await request(testApp.server).get('/api/guard-fixture/signed-in').set(bearer(session)).expect(200);
    const me = await request(testApp.server).get('/api/auth/me').set(bearer(session)).expect(200);
    expect(me.body.user.mustChangePassword).toBe(false);
  });
});
