import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ERROR_CODES } from '@ownerdash/contracts';
import { Repository } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { User } from '../users/user.entity';
import { accountKey, AttemptThrottle } from './attempt-throttle';
import { ChangePasswordDto } from './auth.dto';
import { AuthContext } from './auth-context';
import { tooManyAttempts } from './auth-errors';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import { Sessions } from './sessions';
import { weakPassword } from './weak-password';

@Injectable()
export class PasswordChangeService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly throttle: AttemptThrottle,
    private readonly sessions: Sessions,
  ) {}

  /**
   * Sets a new password after proving the current one. Wrong guesses count toward the
   * account's sign-in lock, so a stolen session cannot be used to guess the password.
   * Every other session of the user ends; the caller's own stays signed in.
   */
  async change(auth: AuthContext, { currentPassword, newPassword }: ChangePasswordDto): Promise<void> {
    const user = await this.users.findOneByOrFail({ id: auth.userId });
    const throttleKey = accountKey(user.email);
    const lockedFor = await this.throttle.lockedForSeconds([throttleKey]);
    if (lockedFor > 0) {
      throw tooManyAttempts(lockedFor);
    }
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      await this.throttle.record([throttleKey]);
      throw new ApiException(HttpStatus.BAD_REQUEST, {
        message: 'The current password is incorrect.',
        code: ERROR_CODES.wrongCurrentPassword,
        details: [{ field: 'currentPassword', problems: ['The current password is incorrect.'] }],
      });
    }
    const problem =
      newPassword === currentPassword
        ? 'The new password must differ from the current one.'
        : this.policy.problem(newPassword, { email: user.email });
    if (problem) {
      throw weakPassword(problem);
    }
    await this.users.update(
      { id: user.id },
      { passwordHash: await this.hasher.hash(newPassword), mustChangePassword: false },
    );
    await this.sessions.revokeAllOfUser(user.id, 'password-changed', { except: auth.sessionId });
  }
}
