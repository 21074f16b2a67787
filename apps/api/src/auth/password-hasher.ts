import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { hash, Options, verify } from '@node-rs/argon2';
import { ConcurrencyLimiter, NoSlotAvailable } from '../common/concurrency-limiter';
import { passwordHashingBusy } from './auth-errors';

/** Argon2id with OWASP's first recommended setting: 19 MiB of memory, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS: Options = {
  // Algorithm.Argon2id; the package declares its enum `const`, which isolated builds cannot inline.
  algorithm: 2,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
};

/** The limiter every password hash and verification of the process goes through. */
export const PASSWORD_HASHING_SLOTS = Symbol('PASSWORD_HASHING_SLOTS');

/**
 * Hashes and verifies passwords, at most as many at once as the slots allow: each holds a core for
 * tens of milliseconds, so unbounded, a flood of sign-ins (right passwords are not throttled) would
 * starve every other request. Beyond the slots and their short queue the caller gets a 503.
 */
@Injectable()
export class PasswordHasher {
  private dummyHash: Promise<string> | undefined;

  /** Scripts outside the application (demo data) construct one without slots: they hash one at a time. */
  constructor(
    @Inject(PASSWORD_HASHING_SLOTS)
    private readonly slots = new ConcurrencyLimiter({ concurrency: 1, queue: 100, maxWaitMs: 60_000 }),
  ) {}

  hash(password: string): Promise<string> {
    return this.inSlot(() => hash(password, ARGON2_OPTIONS));
  }

  /** False for a wrong password, and (after the same work) for an account without one. */
  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (passwordHash === null) {
      return this.verifyNothing(password);
    }
    return this.inSlot(async () => {
      try {
        return await verify(passwordHash, password);
      } catch {
        return false;
      }
    });
  }

  /**
   * Spends the time of a real verification and fails, so that a sign-in for an unknown
   * or deactivated account cannot be told from a wrong password by its timing.
   */
  async verifyNothing(password: string): Promise<false> {
    // Made once per process outside the slots: a refusal must not leave a failed promise cached.
    this.dummyHash ??= hash(randomBytes(32).toString('base64url'), ARGON2_OPTIONS);
    await this.verify(await this.dummyHash, password);
    return false;
  }

  private async inSlot<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await this.slots.run(work);
    } catch (error) {
      if (error instanceof NoSlotAvailable) {
        throw passwordHashingBusy(Math.max(1, Math.ceil(this.slots.limits.maxWaitMs / 1000)));
      }
      throw error;
    }
  }
}
