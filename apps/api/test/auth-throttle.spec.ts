import request from 'supertest';
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT } from '../src/auth/attempt-throttle';
import { DEMO_PASSWORD, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

const LOCKED_BODY = {
  statusCode: 429,
  error: 'Too Many Requests',
  message: 'Too many failed sign-in attempts. Try again in 15 minutes.',
  code: 'TOO_MANY_ATTEMPTS',
};

describe('sign-in throttling', () => {
  let testApp: TestApp;

  function login(email: string, password: string, address = '203.0.113.7') {
    return request(testApp.server).post('/api/auth/login').set('X-Forwarded-For', address).send({ email, password });
  }

  async function fail(email: string, times: number, address?: string): Promise<void> {
    for (let attempt = 0; attempt < times; attempt += 1) {
      await login(email, `wrong password ${attempt}`, address).expect(401);
    }
  }

  /** Moves the throttle's clock: its windows and locks are timestamps in the database. */
  function ageThrottle(seconds: number): Promise<unknown> {
    return testApp.dataSource.query(
      `UPDATE login_throttle SET window_started_at = window_started_at - make_interval(secs => $1),
                                 locked_until = locked_until - make_interval(secs => $1)`,
      [seconds],
    );
  }

  beforeAll(async () => {
    // Trust the test's X-Forwarded-For, as behind a load balancer, to simulate client addresses.
    testApp = await startTestApp({ config: { trustProxy: true } });
  });

  afterAll(() => testApp.close());

  beforeEach(() => testApp.dataSource.query('DELETE FROM login_throttle'));

  it('locks an account for 15 minutes after 10 failures, even against the right password', async () => {
    await fail(PHH_ADMIN, ACCOUNT_FAILURE_LIMIT);

    const locked = await login(PHH_ADMIN, DEMO_PASSWORD).expect(429);
    expect(locked.body).toEqual(LOCKED_BODY);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(890);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(900);
  });

  it('answers an unknown email exactly like an existing one', async () => {
    await fail('nobody@phh.example', ACCOUNT_FAILURE_LIMIT);

    const locked = await login('nobody@phh.example', DEMO_PASSWORD).expect(429);
    expect(locked.body).toEqual(LOCKED_BODY);
    expect(locked.headers['retry-after']).toBeDefined();
  });

  it('keeps other accounts usable while one is locked', async () => {
    await fail('nobody@phh.example', ACCOUNT_FAILURE_LIMIT);
    await login('admin@kairoi.example', DEMO_PASSWORD).expect(200);
  });

  it('lifts the lock after 15 minutes', async () => {
    await fail(PHH_ADMIN, ACCOUNT_FAILURE_LIMIT);
    await login(PHH_ADMIN, DEMO_PASSWORD).expect(429);

    await ageThrottle(15 * 60);
    await login(PHH_ADMIN, DEMO_PASSWORD).expect(200);
  });

  it('forgets failures older than the 15-minute window', async () => {
    await fail(PHH_ADMIN, ACCOUNT_FAILURE_LIMIT - 1);
    await ageThrottle(15 * 60 + 1);
    await fail(PHH_ADMIN, ACCOUNT_FAILURE_LIMIT - 1);
    await login(PHH_ADMIN, DEMO_PASSWORD).expect(200);
  });

  it('resets the account counter on a successful sign-in', async () => {
    await fail(PHH_ADMIN, ACCOUNT_FAILURE_LIMIT - 1);
    await login(PHH_ADMIN, DEMO_PASSWORD).expect(200);
    await fail(PHH_ADMIN, ACCOUNT_FAILURE_LIMIT - 1);
    await login(PHH_ADMIN, DEMO_PASSWORD).expect(200);
  });

  it('limits failures per client address across many accounts, leaving other addresses alone', async () => {
    for (let attempt = 0; attempt < ADDRESS_FAILURE_LIMIT; attempt += 1) {
      await login(`guess-${attempt}@phh.example`, 'wrong password', '198.51.100.9').expect(401);
    }
    const locked = await login(PHH_ADMIN, DEMO_PASSWORD, '198.51.100.9').expect(429);
    expect(locked.body).toEqual(LOCKED_BODY);

    await login(PHH_ADMIN, DEMO_PASSWORD, '198.51.100.10').expect(200);
  });
});
