import request from 'supertest';
import { PASSWORD_HASHING_SLOTS } from '../src/auth/password-hasher';
import { ConcurrencyLimiter } from '../src/common/concurrency-limiter';
import { bearer, SignedIn, signIn } from './support/sessions';
import { DEMO_PASSWORD, KAIROI_ADMIN, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

const BUSY_BODY = {
  statusCode: 503,
  error: 'Service Unavailable',
  message: 'The server is busy checking other passwords. Try again in 2 seconds.',
  code: 'SERVER_BUSY',
};

/**
 * Makes the next task given to the limiter wait, once it holds its slot, until `release()`:
 * a request that holds the only slot for as long as the test needs, whatever the machine's speed.
 */
function holdNextTask(limiter: ConcurrencyLimiter): { holding: Promise<void>; release: () => void } {
  const run = limiter.run.bind(limiter);
  let holds!: () => void;
  let release!: () => void;
  const holding = new Promise<void>((resolve) => (holds = resolve));
  const gate = new Promise<void>((resolve) => (release = resolve));
  jest.spyOn(limiter, 'run').mockImplementationOnce((task) =>
    run(async () => {
      holds();
      await gate;
      return task();
    }),
  );
  return { holding, release };
}

describe('password hashing under load', () => {
  let testApp: TestApp;
  let url: string;
  let slots: ConcurrencyLimiter;
  let admin: SignedIn;

  const login = (email: string, password = DEMO_PASSWORD) =>
    request(url).post('/api/auth/login').send({ email, password });

  /** While a sign-in holds the only slot, runs `busy`; then the sign-in finishes. */
  async function whileSlotHeld(busy: () => Promise<void>): Promise<void> {
    const held = holdNextTask(slots);
    const first = login(PHH_ADMIN).then((response) => response);
    await held.holding;
    try {
      await busy();
    } finally {
      held.release();
    }
    expect((await first).status).toBe(200);
  }

  beforeAll(async () => {
    // One slot and no queue: while one password is being checked, every other is refused.
    testApp = await startTestApp({
      config: { passwordHashConcurrency: 1, passwordHashQueue: 0, passwordHashMaxWaitMs: 2000 },
    });
    url = testApp.url;
    slots = testApp.app.get(PASSWORD_HASHING_SLOTS);
    admin = await signIn(testApp, PHH_ADMIN);
  });

  afterAll(() => testApp.close());

  it('answers a sign-in 503 with Retry-After while another sign-in holds the only slot', async () => {
    await whileSlotHeld(async () => {
      const busy = await login(KAIROI_ADMIN).expect(503);
      expect(busy.body).toEqual(BUSY_BODY);
      expect(busy.headers['retry-after']).toBe('2');
      expect(busy.headers['set-cookie']).toBeUndefined();
    });

    // The refused sign-in was never checked, so it counts for nothing.
    const counted = await testApp.dataSource.query(`SELECT key FROM login_throttle WHERE failures > 0`);
    expect(counted).toEqual([]);
    await login(KAIROI_ADMIN).expect(200);
  });

  it('refuses the other routes that hash a password the same way', async () => {
    await whileSlotHeld(async () => {
      const changed = await request(url)
        .post('/api/auth/change-password')
        .set(bearer(admin))
        .send({ currentPassword: DEMO_PASSWORD, newPassword: 'a new password 12345' })
        .expect(503);
      expect(changed.body).toEqual(BUSY_BODY);

      const invited = await request(url)
        .post('/api/admin/users')
        .set(bearer(admin))
        .send({ email: 'busy@phh.example', displayName: 'Busy', role: 'user', delivery: 'temporary-password' })
        .expect(503);
      expect(invited.body).toEqual(BUSY_BODY);
    });

    // Nothing was half done: the invitation can be made again.
    await request(url)
      .post('/api/admin/users')
      .set(bearer(admin))
      .send({ email: 'busy@phh.example', displayName: 'Busy', role: 'user', delivery: 'temporary-password' })
      .expect(201);
  });
});
