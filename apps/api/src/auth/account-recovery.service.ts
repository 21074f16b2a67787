import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainEvents } from '../events/domain-events';
import { recordEvent, UnitOfWork } from '../events/unit-of-work';
import { User } from '../users/user.entity';
import { UserAccounts } from '../users/user-accounts';
import { AcceptedDto, AcceptInviteDto, ForgotPasswordDto, ResetPasswordDto } from './account-recovery.dto';
import { accountKey, AttemptThrottle, resetRequestKeys } from './attempt-throttle';
import { PasswordResetRequested, PasswordSet } from './auth.events';
import { ClientInfo } from './auth-context';
import { tooManyAttempts } from './auth-errors';
import { OneTimeTokens } from './one-time-tokens';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import { Sessions } from './sessions';
import { SignInGrant, SignInService } from './sign-in.service';
import { weakPassword } from './weak-password';

export const RESET_REQUESTED: AcceptedDto = {
  message: 'If an account exists for this email, we have sent it a link to reset the password.',
};

/** Self-service: forgotten passwords and accepting an invitation. */
@Injectable()
export class AccountRecoveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: DomainEvents,
    private readonly accounts: UserAccounts,
    private readonly tokens: OneTimeTokens,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly throttle: AttemptThrottle,
    private readonly sessions: Sessions,
    private readonly signIn: SignInService,
  ) {}

  /**
   * Always the same answer, in the same time: the link is made and mailed after the
   * response (`ResetLinks`), and only when an active account has this email.
   */
  async requestReset({ email }: ForgotPasswordDto, client: ClientInfo): Promise<AcceptedDto> {
    // Every request counts, whether or not an account has the email.
    const admission = await this.throttle.admit(resetRequestKeys(email, client.ipAddress));
    if (!admission.admitted) {
      throw tooManyAttempts(admission.retryAfterSeconds, 'Too many password reset requests');
    }
    const user = await this.accounts.findByEmail(this.dataSource.manager, email);
    if (user?.isActive) {
      this.events.publish([new PasswordResetRequested(user.id, user.organizationId)]);
    }
    return RESET_REQUESTED;
  }

  /** Makes the link a reset request asked for; it is mailed once saved. */
  async issueResetLink(userId: string): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      const user = await this.accounts.findById(manager, userId);
      if (user?.isActive) {
        await this.tokens.issue(manager, user, 'reset', null);
      }
    });
  }

  async resetPassword({ token, newPassword }: ResetPasswordDto): Promise<void> {
    const user = await this.unitOfWork.run(async (manager) => {
      const opened = await this.tokens.open(manager, token, 'reset');
      await this.setPassword(manager, opened.user, newPassword);
      await this.tokens.markUsed(manager, opened.row);
      await this.sessions.revokeAllOfUser(manager, opened.user.id, 'password-reset');
      recordEvent(manager, new PasswordSet(opened.user.id, opened.user.organizationId, 'reset-link'));
      return opened.user;
    });
    await this.throttle.reset(accountKey(user.email));
  }

  async acceptInvite({ token, newPassword, displayName }: AcceptInviteDto, client: ClientInfo): Promise<SignInGrant> {
    return this.unitOfWork.run(async (manager) => {
      const { row, user } = await this.tokens.open(manager, token, 'invite');
      await this.setPassword(manager, user, newPassword, displayName);
      await this.tokens.markUsed(manager, row);
      recordEvent(manager, new PasswordSet(user.id, user.organizationId, 'invitation-accepted'));
      const accepted = await this.accounts.findById(manager, user.id);
      return this.signIn.startSession(manager, accepted ?? user, client);
    });
  }

  private async setPassword(manager: EntityManager, user: User, newPassword: string, displayName?: string) {
    const problem = this.policy.problem(newPassword, { email: user.email });
    if (problem) {
      throw weakPassword(problem);
    }
    await this.accounts.setPassword(manager, user.id, {
      passwordHash: await this.hasher.hash(newPassword),
      displayName,
    });
  }
}
