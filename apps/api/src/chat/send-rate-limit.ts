/** The verdict on one send: allowed, or refused until a token is back in `retryAfterMs`. */
export type SendVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets untouched this long are full again anyway, so they are dropped to keep memory flat. */
const IDLE_BUCKET_MS = 60_000;

/**
 * A token bucket per user: `burst` sends at once, refilled at `rate` per second. Kept in this
 * instance's memory, so with several API instances a user's allowance is per instance; that bounds
 * a flood without a shared store on the hot path of every send.
 */
export class SendRateLimit {
  private readonly buckets = new Map<string, Bucket>();
  private sweptAt: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    /** Milliseconds on a clock that never goes back. */
    private readonly now: () => number = () => performance.now(),
  ) {
    this.sweptAt = now();
  }

  take(userId: string): SendVerdict {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(userId) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.rate);
    bucket.at = now;
    this.buckets.set(userId, bucket);
    if (bucket.tokens < 1) {
      return { allowed: false, retryAfterMs: Math.ceil(((1 - bucket.tokens) / this.rate) * 1000) };
    }
    bucket.tokens -= 1;
    return { allowed: true };
  }

  private sweep(now: number): void {
    if (now - this.sweptAt < IDLE_BUCKET_MS) {
      return;
    }
    this.sweptAt = now;
    for (const [userId, bucket] of this.buckets) {
      if (now - bucket.at >= IDLE_BUCKET_MS) {
        this.buckets.delete(userId);
      }
    }
  }
}
