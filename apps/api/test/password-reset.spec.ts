import request from 'supertest';
import { RESET_REQUEST_ADDRESS_LIMIT, RESET_REQUEST_EMAIL_LIMIT } from '../src/auth/attempt-throttle';
import { DomainEvents } from '../src/events/domain-events';
import { bearer, SignedIn, signIn } from './support/sessions';
import { linkToken, SmtpCapture } from './support/smtp-capture';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

const NEUTRAL = { message: 'If an account exists for this email, we have sent it a link to reset the password.' };

describe('password resets', () => {
  const smtp = new SmtpCapture();
  let testApp: TestApp;
  let admin: SignedIn;

  function forgot(email: string, address = '203.0.113.20') {
    return request(testApp.server).post('/api/auth/forgot-password').set('X-Forwarded-For', address).send({ email });
  }

  function reset(token: string, newPassword: string) {
    return request(testApp.server).post('/api/auth/reset-password').send({ token, newPassword });
  }

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    testApp = await startTestApp({ config: { smtpUrl, trustProxy: true } });
    admin = await signIn(testApp, PHH_ADMIN);
  });

  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
  });

  beforeEach(() => testApp.dataSource.query('DELETE FROM login_throttle'));

  describe('self-service', () => {
    it('mails a link; the new password works, the old one and every session end', async () => {
      await createUser(testApp, { email: 'forgetful@phh.example', password: 'the old password 1' });
      const session = await signIn(testApp, 'forgetful@phh.example', 'the old password 1');

      expect((await forgot('Forgetful@phh.example').expect(202)).body).toEqual(NEUTRAL);
      const mail = await smtp.waitFor('forgetful@phh.example', /Reset your Ownerdash password/);
      expect(mail.text).toContain('expires on');
      expect(mail.text).toContain('http://localhost:3000/reset-password?token=');

      await reset(linkToken(mail, 'reset-password'), 'the new password 2').expect(204);

      await signIn(testApp, 'forgetful@phh.example', 'the new password 2');
      await request(testApp.server)
        .post('/api/auth/login')
        .send({ email: 'forgetful@phh.example', password: 'the old password 1' })
        .expect(401);
      await request(testApp.server).get('/api/auth/me').set(bearer(session)).expect(401);
      await request(testApp.server).post('/api/auth/refresh').set('Cookie', session.cookie).expect(401);
    });

    it('accepts each link once', async () => {
      await createUser(testApp, { email: 'twice@phh.example', password: 'the old password 1' });
      await forgot('twice@phh.example').expect(202);
      const token = linkToken(await smtp.waitFor('twice@phh.example', /Reset/), 'reset-password');

      await reset(token, 'first new password').expect(204);
      const reused = await reset(token, 'second new password').expect(400);
      expect(reused.body).toMatchObject({
        code: 'INVALID_OR_EXPIRED_TOKEN',
        message: expect.stringContaining('already used'),
      });
      await signIn(testApp, 'twice@phh.example', 'first new password');
    });

    it('refuses a link after its hour', async () => {
      await createUser(testApp, { email: 'slow@phh.example', password: 'the old password 1' });
      await forgot('slow@phh.example').expect(202);
      const token = linkToken(await smtp.waitFor('slow@phh.example', /Reset/), 'reset-password');
      await testApp.dataSource.query(`UPDATE password_resets SET expires_at = now() - interval '1 second'`);

      expect((await reset(token, 'a new password 123').expect(400)).body.code).toBe('INVALID_OR_EXPIRED_TOKEN');
      await signIn(testApp, 'slow@phh.example', 'the old password 1');
    });

    it('makes a newer link replace an older one', async () => {
      await createUser(testApp, { email: 'again@phh.example', password: 'the old password 1' });
      await forgot('again@phh.example').expect(202);
      const older = linkToken(await smtp.waitFor('again@phh.example', /Reset/), 'reset-password');
      await forgot('again@phh.example').expect(202);
      const newer = linkToken(await smtp.waitFor('again@phh.example', /Reset/), 'reset-password');

      await reset(older, 'a new password 123').expect(400);
      await reset(newer, 'a new password 123').expect(204);
    });

    it('refuses an unknown or malformed token and a weak password, changing nothing', async () => {
      expect((await reset('x'.repeat(43), 'a fine new password').expect(400)).body.code).toBe(
        'INVALID_OR_EXPIRED_TOKEN',
      );
      const malformed = await reset('short', 'a fine new password').expect(400);
      expect(malformed.body.details[0].field).toBe('token');

      await createUser(testApp, { email: 'weak@phh.example', password: 'the old password 1' });
      await forgot('weak@phh.example').expect(202);
      const token = linkToken(await smtp.waitFor('weak@phh.example', /Reset/), 'reset-password');
      expect((await reset(token, 'qwertyuiop123').expect(400)).body.code).toBe('WEAK_PASSWORD');
      await reset(token, 'not a weak one at all').expect(204);
    });

    // How long each answer takes is measured by the benchmark (npm run bench), not asserted here.
    it('answers an unknown email exactly like a known one, and sends nothing', async () => {
      for (let round = 0; round < 4; round += 1) {
        await testApp.dataSource.query('DELETE FROM login_throttle');
        const known = await forgot(PHH_ADMIN).expect(202);
        const unknown = await forgot(`nobody-${round}@phh.example`).expect(202);
        expect(unknown.body).toEqual(known.body);
      }
      await smtp.waitFor(PHH_ADMIN, /Reset/);
      // The link is made and mailed by domain event handlers after the answer: wait until they are done.
      await testApp.app.get(DomainEvents).settled();
      expect(smtp.messages.filter((mail) => mail.to.startsWith('nobody-'))).toEqual([]);
      smtp.messages.length = 0;
    });

    it('throttles requests per email, existing or not, and per address', async () => {
      for (let attempt = 0; attempt < RESET_REQUEST_EMAIL_LIMIT; attempt += 1) {
        await forgot('ghost@phh.example').expect(202);
      }
      const limited = await forgot('ghost@phh.example').expect(429);
      expect(limited.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', message: expect.stringContaining('reset') });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

      await testApp.dataSource.query('DELETE FROM login_throttle');
      for (let attempt = 0; attempt < RESET_REQUEST_ADDRESS_LIMIT; attempt += 1) {
        await forgot(`many-${attempt}@phh.example`, '198.51.100.30').expect(202);
      }
      await forgot('one-more@phh.example', '198.51.100.30').expect(429);
      await forgot('one-more@phh.example', '198.51.100.31').expect(202);
    });

    it('answers a malformed email with 400', async () => {
      const response = await forgot('not-an-email').expect(400);
      expect(response.body.details).toEqual([{ field: 'email', problems: ['email must be an email address'] }]);
    });
  });

  describe('by an admin', () => {
    it('mails a reset link and ends the user’s sessions', async () => {
      const user = await createUser(testApp, { email: 'helped@phh.example', password: 'the old password 1' });
      const session = await signIn(testApp, 'helped@phh.example', 'the old password 1');

      const response = await request(testApp.server)
        .post(`/api/admin/users/${user.id}/reset-password`)
        .set(bearer(admin))
        .send({ delivery: 'email' })
        .expect(200);
      expect(response.body).toEqual({ delivery: 'email', temporaryPassword: null, expiresAt: expect.any(String) });
      await request(testApp.server).get('/api/auth/me').set(bearer(session)).expect(401);

      const mail = await smtp.waitFor('helped@phh.example', /Reset your Ownerdash password/);
      expect(mail.text).toContain('PHH Administrator, an administrator of PHH, asked');
      await reset(linkToken(mail, 'reset-password'), 'a brand new password').expect(204);
      await signIn(testApp, 'helped@phh.example', 'a brand new password');
    });

    it('hands out a temporary password that must be changed', async () => {
      const user = await createUser(testApp, { email: 'locked-out@phh.example', password: 'the old password 1' });
      const response = await request(testApp.server)
        .post(`/api/admin/users/${user.id}/reset-password`)
        .set(bearer(admin))
        .send({ delivery: 'temporary-password' })
        .expect(200);

      const temporary = response.body.temporaryPassword as string;
      const login = await request(testApp.server)
        .post('/api/auth/login')
        .send({ email: 'locked-out@phh.example', password: temporary })
        .expect(200);
      expect(login.body.user.mustChangePassword).toBe(true);
      await request(testApp.server)
        .post('/api/auth/login')
        .send({ email: 'locked-out@phh.example', password: 'the old password 1' })
        .expect(401);
    });
  });
});
