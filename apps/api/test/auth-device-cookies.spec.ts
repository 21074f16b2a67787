import { createHmac } from 'node:crypto';
import request from 'supertest';
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, DEVICE_FAILURE_LIMIT } from '../src/auth/attempt-throttle';
import { DEVICE_COOKIE } from '../src/auth/device-cookie';
import { inParallel, statusCounts } from './support/parallel';
import { setCookieOf } from './support/sessions';
import { DEMO_PASSWORD, KAIROI_ADMIN, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

/** One address for a whole office, behind which strangers fail to sign in. */
const OFFICE = '198.51.100.60';

describe('device cookies', () => {
  let testApp: TestApp;
  let url: string;

  function login(email: string, password: string, address: string, deviceCookie?: string) {
    const call = request(url).post('/api/auth/login').set('X-Forwarded-For', address);
    return (deviceCookie ? call.set('Cookie', deviceCookie) : call).send({ email, password });
  }

  /** The device cookie a sign-in set, as the browser sends it back (`od_device=…`). */
  async function deviceCookieFor(email: string, address = OFFICE): Promise<string> {
    const response = await login(email, DEMO_PASSWORD, address).expect(200);
    return setCookieOf(response, DEVICE_COOKIE).split(';')[0] ?? '';
  }

  beforeAll(async () => {
    testApp = await startTestApp({ config: { trustProxy: true } });
    url = testApp.url;
  });

  afterAll(() => testApp.close());

  it('is set at sign-in: httpOnly, SameSite=Strict, only for /api/auth, for a year', async () => {
    const response = await login(PHH_ADMIN, DEMO_PASSWORD, '203.0.113.60').expect(200);
    const cookie = setCookieOf(response, DEVICE_COOKIE);

    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth(;|$)/);
    expect(cookie).toMatch(/Max-Age=31536000/);
    expect(cookie).not.toMatch(/Secure/);
  });

  describe('at an address locked by strangers’ failures', () => {
    let phhDevice: string;

    beforeAll(async () => {
      await testApp.dataSource.query('DELETE FROM login_throttle');
      phhDevice = await deviceCookieFor(PHH_ADMIN);
      const failures = await inParallel(ADDRESS_FAILURE_LIMIT, (attempt) =>
        login(`stranger-${attempt}@phh.example`, 'a wrong password', OFFICE),
      );
      expect(statusCounts(failures)).toEqual({ 401: ADDRESS_FAILURE_LIMIT });
    });

    it('refuses the right password from a browser without a device cookie', async () => {
      await login(PHH_ADMIN, DEMO_PASSWORD, OFFICE).expect(429);
    });

    it('lets in a browser the account signed in from before, and renews its cookie', async () => {
      const response = await login(PHH_ADMIN, DEMO_PASSWORD, OFFICE, phhDevice).expect(200);
      const renewed = setCookieOf(response, DEVICE_COOKIE).split(';')[0] ?? '';
      expect(renewed).not.toBe(phhDevice);

      await login(PHH_ADMIN, DEMO_PASSWORD, OFFICE, renewed).expect(200);
    });

    it('does not let another account in with that cookie', async () => {
      await login(KAIROI_ADMIN, DEMO_PASSWORD, OFFICE, phhDevice).expect(429);
    });

    it('ignores forged and tampered cookies', async () => {
      const [userId, issuedAt, nonce, mac] = phhDevice.slice(`${DEVICE_COOKIE}=`.length).split('.');
      const kairoiId = (await testApp.dataSource.query(`SELECT id FROM users WHERE email = $1`, [KAIROI_ADMIN]))[0].id;
      const otherKey = createHmac('sha256', 'not the server secret at all, but long enough')
        .update(`${userId}.${issuedAt}.${nonce}`)
        .digest('base64url');
      const flipped = `${mac?.slice(0, -1)}${mac?.endsWith('A') ? 'B' : 'A'}`;
      const cookies = [
        `${userId}.${issuedAt}.${nonce}.${flipped}`,
        `${userId}.${Number(issuedAt) + 1}.${nonce}.${mac}`,
        `${userId}.${issuedAt}.${'n'.repeat(nonce?.length ?? 22)}.${mac}`,
        `${userId}.${issuedAt}.${nonce}.${otherKey}`,
        `${kairoiId}.${issuedAt}.${nonce}.${mac}`,
        'not-a-device-cookie',
      ];
      for (const cookie of cookies) {
        await login(PHH_ADMIN, DEMO_PASSWORD, OFFICE, `${DEVICE_COOKIE}=${cookie}`).expect(429);
      }
      await login(
        KAIROI_ADMIN,
        DEMO_PASSWORD,
        OFFICE,
        `${DEVICE_COOKIE}=${kairoiId}.${issuedAt}.${nonce}.${mac}`,
      ).expect(429);
    });
  });

  describe('a device’s own limit', () => {
    beforeEach(() => testApp.dataSource.query('DELETE FROM login_throttle'));

    it('locks only that browser after its failures, not the account or the address', async () => {
      const device = await deviceCookieFor(PHH_ADMIN);
      for (let attempt = 0; attempt < DEVICE_FAILURE_LIMIT; attempt += 1) {
        await login(PHH_ADMIN, `wrong password ${attempt}`, OFFICE, device).expect(401);
      }

      const locked = await login(PHH_ADMIN, DEMO_PASSWORD, OFFICE, device).expect(429);
      expect(locked.body.code).toBe('TOO_MANY_ATTEMPTS');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      await login(PHH_ADMIN, DEMO_PASSWORD, OFFICE).expect(200);
    });

    it('keeps a browser the account signed in from usable while strangers have locked the account', async () => {
      const device = await deviceCookieFor(PHH_ADMIN);
      for (let attempt = 0; attempt < ACCOUNT_FAILURE_LIMIT; attempt += 1) {
        await login(PHH_ADMIN, `wrong password ${attempt}`, '203.0.113.61').expect(401);
      }
      await login(PHH_ADMIN, DEMO_PASSWORD, '203.0.113.61').expect(429);

      await login(PHH_ADMIN, DEMO_PASSWORD, OFFICE, device).expect(200);
      // That sign-in lifts nothing for strangers: the account stays locked without the cookie.
      await login(PHH_ADMIN, DEMO_PASSWORD, '203.0.113.61').expect(429);
    });
  });
});
