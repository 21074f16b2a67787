import request from 'supertest';
import {
  ACCOUNT_FAILURE_LIMIT,
  ADDRESS_FAILURE_LIMIT,
  RESET_REQUEST_ADDRESS_LIMIT,
  RESET_REQUEST_EMAIL_LIMIT,
} from '../src/auth/attempt-throttle';
import { inParallel, statusCounts } from './support/parallel';
import { bearer, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

describe('attempt limits under parallel requests', () => {
  let testApp: TestApp;
  let url: string;

  function login(email: string, password: string, address: string) {
    return request(url).post('/api/auth/login').set('X-Forwarded-For', address).send({ email, password });
  }

  beforeAll(async () => {
    testApp = await startTestApp({ config: { trustProxy: true } });
    url = testApp.url;
  });

  afterAll(() => testApp.close());

  beforeEach(() => testApp.dataSource.query('DELETE FROM login_throttle'));

  it('checks no more wrong passwords for one account than its limit, however many arrive at once', async () => {
    const responses = await inParallel(50, (attempt) => login(PHH_ADMIN, `wrong password ${attempt}`, '203.0.113.40'));

    expect(statusCounts(responses)).toEqual({ 401: ACCOUNT_FAILURE_LIMIT, 429: 50 - ACCOUNT_FAILURE_LIMIT });
  });

  it('checks no more failures from one address than its limit, however many arrive at once', async () => {
    const extra = 12;
    const responses = await inParallel(ADDRESS_FAILURE_LIMIT + extra, (attempt) =>
      login(`parallel-${attempt}@phh.example`, 'wrong password', '198.51.100.40'),
    );

    expect(statusCounts(responses)).toEqual({ 401: ADDRESS_FAILURE_LIMIT, 429: extra });
  });

  it('checks no more wrong current passwords in a password change than the account limit', async () => {
    await createUser(testApp, { email: 'hurried@phh.example', password: 'hurried password 1' });
    const session = await signIn(testApp, 'hurried@phh.example', 'hurried password 1');

    const responses = await inParallel(30, (attempt) =>
      request(url)
        .post('/api/auth/change-password')
        .set(bearer(session))
        .send({ currentPassword: `guess ${attempt}`, newPassword: 'a new password 12345' }),
    );

    expect(statusCounts(responses)).toEqual({ 400: ACCOUNT_FAILURE_LIMIT, 429: 30 - ACCOUNT_FAILURE_LIMIT });
  });

  it('accepts no more password-reset requests per email or per address than their limits', async () => {
    const forgot = (email: string, address: string) =>
      request(url).post('/api/auth/forgot-password').set('X-Forwarded-For', address).send({ email });

    const oneEmail = await inParallel(20, () => forgot('flooded@phh.example', '203.0.113.41'));
    expect(statusCounts(oneEmail)).toEqual({ 202: RESET_REQUEST_EMAIL_LIMIT, 429: 20 - RESET_REQUEST_EMAIL_LIMIT });

    const oneAddress = await inParallel(RESET_REQUEST_ADDRESS_LIMIT + 10, (attempt) =>
      forgot(`flood-${attempt}@phh.example`, '198.51.100.41'),
    );
    expect(statusCounts(oneAddress)).toEqual({ 202: RESET_REQUEST_ADDRESS_LIMIT, 429: 10 });
  });
});
