import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

export const THROTTLE_WINDOW_SECONDS = 15 * 60;
export const LOCK_SECONDS = 15 * 60;
/** Failed sign-ins for one account within the window before it is locked. */
export const ACCOUNT_FAILURE_LIMIT = 10;
/** Failed sign-ins from one address; generous, so an office behind one address is not locked out. */
export const ADDRESS_FAILURE_LIMIT = 100;
/** Password-reset requests for one email, and from one address, within the window. */
export const RESET_REQUEST_EMAIL_LIMIT = 5;
export const RESET_REQUEST_ADDRESS_LIMIT = 30;

export interface ThrottleKey {
  readonly key: string;
  readonly limit: number;
}

export function accountKey(email: string): ThrottleKey {
  return { key: `account:${email}`, limit: ACCOUNT_FAILURE_LIMIT };
}

export function addressKey(ipAddress: string | null): ThrottleKey {
  return { key: `address:${ipAddress ?? 'unknown'}`, limit: ADDRESS_FAILURE_LIMIT };
}

export function resetRequestKeys(email: string, ipAddress: string | null): ThrottleKey[] {
  return [
    { key: `reset-request:${email}`, limit: RESET_REQUEST_EMAIL_LIMIT },
    { key: `reset-request-address:${ipAddress ?? 'unknown'}`, limit: RESET_REQUEST_ADDRESS_LIMIT },
  ];
}

/**
 * Counts attempts (failed sign-ins, password-reset requests) in PostgreSQL, so every API
 * instance sees the same counters; the table keeps its first name, login_throttle.
 * Keys are built from the email as typed, whether or not an account has it, so a lock
 * says nothing about which accounts exist.
 */
@Injectable()
export class AttemptThrottle implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AttemptThrottle.name);
  private cleanup: NodeJS.Timeout | undefined;

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.cleanup = setInterval(() => {
      this.forgetExpired().catch((error: unknown) => this.logger.warn(`Could not prune login throttle: ${error}`));
    }, THROTTLE_WINDOW_SECONDS * 1000).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.cleanup);
  }

  /** Seconds until the longest lock among the keys ends; 0 when none is locked. */
  async lockedForSeconds(keys: readonly ThrottleKey[]): Promise<number> {
    const [row] = await this.dataSource.query<{ seconds: number | null }[]>(
      `SELECT ceil(extract(epoch FROM max(locked_until) - now()))::int AS seconds
         FROM login_throttle WHERE key = ANY($1) AND locked_until > now()`,
      [keys.map((key) => key.key)],
    );
    return row?.seconds ?? 0;
  }

  async record(keys: readonly ThrottleKey[]): Promise<void> {
    for (const { key, limit } of keys) {
      await this.dataSource.query(
        `INSERT INTO login_throttle AS t (key, failures, window_started_at, locked_until)
         VALUES ($1, 1, now(), CASE WHEN $2 <= 1 THEN now() + make_interval(secs => $4) END)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.window_started_at <= now() - make_interval(secs => $3) THEN 1 ELSE t.failures + 1 END,
           window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $3)
                                    THEN now() ELSE t.window_started_at END,
           locked_until = CASE
             WHEN t.window_started_at > now() - make_interval(secs => $3) AND t.failures + 1 >= $2
               THEN now() + make_interval(secs => $4)
             ELSE t.locked_until END`,
        [key, limit, THROTTLE_WINDOW_SECONDS, LOCK_SECONDS],
      );
    }
  }

  async reset(key: ThrottleKey): Promise<void> {
    await this.dataSource.query('DELETE FROM login_throttle WHERE key = $1', [key.key]);
  }

  private async forgetExpired(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM login_throttle
        WHERE window_started_at <= now() - make_interval(secs => $1)
          AND (locked_until IS NULL OR locked_until <= now())`,
      [THROTTLE_WINDOW_SECONDS],
    );
  }
}
