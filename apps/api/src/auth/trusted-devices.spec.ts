import { AppConfig } from '../config/app-config';
import { ServerKeys } from './server-keys';
import { DEVICE_COOKIE_MAX_AGE_SECONDS, TrustedDevices } from './trusted-devices';

const USER = '5f0b6a4e-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
const OTHER_USER = '6a1c7b5f-2d3e-4f40-9b0c-1d2e3f4a5b6c';
const ISSUED = new Date('2026-03-01T08:00:00Z');

function devices(jwtSecret = 'a server secret that is long enough for tests'): TrustedDevices {
  return new TrustedDevices(new ServerKeys({ jwtSecret } as AppConfig));
}

describe('TrustedDevices', () => {
  it('recognises a cookie it issued to the account, as a counter of its own per browser', () => {
    const trusted = devices();
    const first = trusted.recognize(trusted.issue(USER, ISSUED), USER, ISSUED);
    const second = trusted.recognize(trusted.issue(USER, ISSUED), USER, ISSUED);

    expect(first).toEqual({ key: expect.stringMatching(/^device:[\w-]{22}$/), limit: 10 });
    expect(second?.key).not.toBe(first?.key);
  });

  it('does not recognise it for another account, or under another server secret', () => {
    const cookie = devices().issue(USER, ISSUED);
    expect(devices().recognize(cookie, OTHER_USER, ISSUED)).toBeNull();
    expect(devices('another server secret, just as long as the first').recognize(cookie, USER, ISSUED)).toBeNull();
  });

  it('does not recognise it once any part is changed', () => {
    const trusted = devices();
    const [userId, issuedAt, nonce, mac] = trusted.issue(USER, ISSUED).split('.');
    for (const altered of [
      `${OTHER_USER}.${issuedAt}.${nonce}.${mac}`,
      `${userId}.${Number(issuedAt) + 1}.${nonce}.${mac}`,
      `${userId}.${issuedAt}.${nonce?.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))}.${mac}`,
      `${userId}.${issuedAt}.${nonce}.${mac?.slice(1)}`,
      `${userId}.${issuedAt}.${nonce}`,
      '',
    ]) {
      expect(trusted.recognize(altered, USER, ISSUED)).toBeNull();
      expect(trusted.recognize(altered, OTHER_USER, ISSUED)).toBeNull();
    }
    expect(trusted.recognize(undefined, USER, ISSUED)).toBeNull();
  });

  it('recognises a cookie for a year after it was issued', () => {
    const trusted = devices();
    const cookie = trusted.issue(USER, ISSUED);
    const at = (seconds: number) => new Date(ISSUED.getTime() + seconds * 1000);

    expect(trusted.recognize(cookie, USER, at(DEVICE_COOKIE_MAX_AGE_SECONDS - 1))).not.toBeNull();
    expect(trusted.recognize(cookie, USER, at(DEVICE_COOKIE_MAX_AGE_SECONDS))).toBeNull();
  });
});
