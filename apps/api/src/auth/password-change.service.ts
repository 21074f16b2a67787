import { HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { DataSource } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { recordEvent, UnitOfWork } from '../events/unit-of-work';
import { UserAccounts } from '../users/user-accounts';
import { accountKey, AttemptThrottle } from './attempt-throttle';
import { ChangePasswordDto } from './auth.dto';
import { PasswordSet } from './auth.events';
import { AuthContext } from './auth-context';
import { tooManyAttempts } from './auth-errors';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import { Sessions } from './sessions';
import { weakPassword } from './weak-password';

@Injectable()
export class PasswordChangeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly accounts: UserAccounts,
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
    const user = await this.accounts.findById(this.dataSource.manager, auth.userId);
    if (!user) {
      throw new Error(`User ${auth.userId} vanished while changing their password`);
    }
    const admission = await this.throttle.admit([accountKey(user.email)]);
    if (!admission.admitted) {
      throw tooManyAttempts(admission.retryAfterSeconds);
    }
    const matches = await this.throttle.evaluate(admission, () =>
      this.hasher.verify(user.passwordHash, currentPassword),
    );
    if (!matches) {
      throw new ApiException(HttpStatus.BAD_REQUEST, {
        message: 'The current password is incorrect.',
        code: ERROR_CODES.wrongCurrentPassword,
        details: [{ field: 'currentPassword', problems: ['The current password is incorrect.'] }],
      });
    }
    // Only wrong guesses count toward the lock, and proving the password here does not lift it.
    await this.throttle.release(admission.reservations);
    const problem =
      newPassword === currentPassword
        ? 'The new password must differ from the current one.'
        : this.policy.problem(newPassword, { email: user.email });
    if (problem) {
      throw weakPassword(problem);
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.unitOfWork.run(async (manager) => {
      await this.accounts.setPassword(manager, user.id, { passwordHash });
      await this.sessions.revokeAllOfUser(manager, user.id, 'password-changed', auth.sessionId);
      recordEvent(manager, new PasswordSet(user.id, user.organizationId, 'changed'));
    });
  }
}
