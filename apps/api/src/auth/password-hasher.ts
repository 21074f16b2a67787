import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hash, Options, verify } from '@node-rs/argon2';

/** Argon2id with OWASP's first recommended setting: 19 MiB of memory, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS: Options = {
  // Algorithm.Argon2id; the package declares its enum `const`, which isolated builds cannot inline.
  algorithm: 2,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
};

@Injectable()
export class PasswordHasher {
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  /** False for a wrong password, and (after the same work) for an account without one. */
  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (passwordHash === null) {
      return this.verifyNothing(password);
    }
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /**
   * Spends the time of a real verification and fails, so that a sign-in for an unknown
   * or deactivated account cannot be told from a wrong password by its timing.
   */
  async verifyNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash(randomBytes(32).toString('base64url'));
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
