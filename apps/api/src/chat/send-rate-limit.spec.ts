import { SendRateLimit } from './send-rate-limit';

describe('SendRateLimit', () => {
  let now: number;
  let limit: SendRateLimit;

  beforeEach(() => {
    now = 1_000;
    limit = new SendRateLimit(10, 30, () => now);
  });

  const takeTimes = (userId: string, times: number) => Array.from({ length: times }, () => limit.take(userId).allowed);

  it('lets a burst of 30 through at once and refuses the 31st, saying when one is back', () => {
    expect(takeTimes('ada', 30).every(Boolean)).toBe(true);

    expect(limit.take('ada')).toEqual({ allowed: false, retryAfterMs: 100 });
  });

  it('refills at the sustained rate: 10 a second', () => {
    takeTimes('ada', 30);

    now += 500;
    expect(takeTimes('ada', 6)).toEqual([true, true, true, true, true, false]);
  });

  it('never holds more than the burst, however long the user was quiet', () => {
    now += 3_600_000;

    expect(takeTimes('ada', 31).filter(Boolean)).toHaveLength(30);
  });

  it('counts each user apart', () => {
    takeTimes('ada', 30);

    expect(limit.take('grace').allowed).toBe(true);
    expect(limit.take('ada').allowed).toBe(false);
  });

  it('gives a user back the whole burst after a quiet minute', () => {
    takeTimes('ada', 30);
    now += 60_000;
    limit.take('grace');

    expect(takeTimes('ada', 30).every(Boolean)).toBe(true);
  });
});
