import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

export const THROTTLE_WINDOW_SECONDS = 15 * 60;
export const LOCK_SECONDS = 15 * 60;
/** Failed sign-ins for one account within the window before it is locked. */
export const ACCOUNT_FAILURE_LIMIT = 10;
/**
 * Failed sign-ins from one address; generous, as an office shares one. Browsers that signed in
 * before (device cookies) are not held by it.
 */
export const ADDRESS_FAILURE_LIMIT = 100;
/** Failed sign-ins from one browser the account signed in from before (its device cookie). */
export const DEVICE_FAILURE_LIMIT = 10;
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

/** A browser's own counter, named by the nonce of its device cookie (`TrustedDevices`). */
export function deviceKey(nonce: string): ThrottleKey {
  return { key: `device:${nonce}`, limit: DEVICE_FAILURE_LIMIT };
}

/** The address first, as for sign-ins: a request refused for its address does not count for the email. */
export function resetRequestKeys(email: string, ipAddress: string | null): ThrottleKey[] {
  return [
    { key: `reset-request-address:${ipAddress ?? 'unknown'}`, limit: RESET_REQUEST_ADDRESS_LIMIT },
    { key: `reset-request:${email}`, limit: RESET_REQUEST_EMAIL_LIMIT },
  ];
}

/** One attempt counted against a key, until it is released: the window it was counted in. */
export interface Reservation {
  readonly key: ThrottleKey;
  /** As PostgreSQL wrote it, to the microsecond, so a release finds exactly that window. */
  readonly windowStartedAt: string;
}

export interface Admitted {
  readonly admitted: true;
  readonly reservations: readonly Reservation[];
}

export interface Refused {
  readonly admitted: false;
  readonly retryAfterSeconds: number;
}

export type Admission = Admitted | Refused;

/** Whether the key's window is over and no lock holds: the next attempt starts a new window. */
const STARTS_NEW_WINDOW = `t.window_started_at <= now() - make_interval(secs => $3)
  AND (t.locked_until IS NULL OR t.locked_until <= now())`;
const COUNTED = `CASE WHEN ${STARTS_NEW_WINDOW} THEN 1 ELSE t.failures + 1 END`;

/**
 * Counts attempts (sign-ins, password checks, password-reset requests) in PostgreSQL, so every
 * API instance sees the same counters; the table keeps its first name, login_throttle.
 * An attempt is counted before it is evaluated, in one statement per key that also says whether
 * it is within the limit, so however many arrive at once no more than the limit are evaluated.
 * Attempts that turn out not to be failures are released again. Keys are built from the email as
 * typed, whether or not an account has it, so a lock says nothing about which accounts exist.
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

  /**
   * Counts the attempt against each key in turn. Admitted when every key is within its limit;
   * otherwise the keys counted before the refusing one are released, so an attempt refused for
   * one key (a locked address) costs nothing on the others (the account). The count that reaches
   * a key's limit locks the key, and attempts during the lock stay counted, so only a lock's end
   * (which is never before its window's end) or a release makes room again.
   */
  async admit(keys: readonly ThrottleKey[]): Promise<Admission> {
    const reservations: Reservation[] = [];
    for (const key of keys) {
      const [row] = await this.dataSource.query<
        { admitted: boolean; windowStartedAt: string; lockedForSeconds: number | null }[]
      >(
        `INSERT INTO login_throttle AS t (key, failures, window_started_at, locked_until)
         VALUES ($1, 1, now(), CASE WHEN 1 >= $2 THEN now() + make_interval(secs => $4) END)
         ON CONFLICT (key) DO UPDATE SET
           failures = ${COUNTED},
           window_started_at = CASE WHEN ${STARTS_NEW_WINDOW} THEN now() ELSE t.window_started_at END,
           locked_until = CASE
             WHEN t.locked_until > now() THEN t.locked_until
             WHEN ${COUNTED} >= $2 THEN now() + make_interval(secs => $4)
           END
         RETURNING failures <= $2 AS admitted, window_started_at::text AS "windowStartedAt",
                   ceil(extract(epoch FROM locked_until - now()))::int AS "lockedForSeconds"`,
        [key.key, key.limit, THROTTLE_WINDOW_SECONDS, LOCK_SECONDS],
      );
      if (!row) {
        throw new Error(`Counting an attempt for ${key.key} returned no row`);
      }
      if (!row.admitted) {
        await this.release(reservations);
        return { admitted: false, retryAfterSeconds: Math.max(1, row.lockedForSeconds ?? LOCK_SECONDS) };
      }
      reservations.push({ key, windowStartedAt: row.windowStartedAt });
    }
    return { admitted: true, reservations };
  }

  /**
   * Uncounts attempts that were no failure (a right password) or never evaluated (refused
   * elsewhere, or the server too busy to check), lifting a lock they alone had reached. A window
   * that has started afresh since is left alone: the attempt is no longer in it.
   */
  async release(reservations: readonly Reservation[]): Promise<void> {
    for (const { key, windowStartedAt } of reservations) {
      await this.dataSource.query(
        `UPDATE login_throttle SET failures = failures - 1,
                locked_until = CASE WHEN failures - 1 >= $2 THEN locked_until END
          WHERE key = $1 AND window_started_at = $3::timestamptz AND failures > 0`,
        [key.key, key.limit, windowStartedAt],
      );
    }
  }

  /**
   * Evaluates an admitted attempt. When `check` throws, the attempt was never evaluated and is
   * released; when it answers, the attempt stays counted until the caller says otherwise.
   */
  async evaluate<T>(admission: Admitted, check: () => Promise<T>): Promise<T> {
    try {
      return await check();
    } catch (error) {
      await this.release(admission.reservations).catch((releaseError: unknown) =>
        this.logger.warn(`Could not release attempts that were never evaluated: ${releaseError}`),
      );
      throw error;
    }
  }

  /** Forgets every attempt of the key, e.g. an account's once its password is proven. */
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
