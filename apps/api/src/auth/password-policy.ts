import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@ownerdash/contracts';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export interface PasswordContext {
  readonly email?: string;
}

/**
 * New-password rules after NIST SP 800-63B: a length range, no composition rules,
 * and a refusal of passwords found in a list of the most common ones.
 */
@Injectable()
export class PasswordPolicy {
  private readonly commonPasswords: ReadonlySet<string>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const list = readFileSync(join(config.assetsDir, 'common-passwords.txt'), 'utf8');
    this.commonPasswords = new Set(list.split('\n').filter((line) => line.length > 0));
  }

  /** Why the password is refused, or null when it is acceptable. */
  problem(password: string, context: PasswordContext = {}): string | null {
    // Counted in code points, so an emoji is one character as a person sees it.
    const length = [...password].length;
    if (length < PASSWORD_MIN_LENGTH) {
      return `The new password must be at least ${PASSWORD_MIN_LENGTH} characters long.`;
    }
    if (length > PASSWORD_MAX_LENGTH) {
      return `The new password must be at most ${PASSWORD_MAX_LENGTH} characters long.`;
    }
    const normalized = password.toLowerCase();
    if (this.commonPasswords.has(normalized)) {
      return 'The new password is one of the most commonly used passwords; choose one that is harder to guess.';
    }
    if (context.email && normalized === context.email.toLowerCase()) {
      return 'The new password must not be your email address.';
    }
    return null;
  }
}
