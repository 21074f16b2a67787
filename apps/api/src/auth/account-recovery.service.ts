import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { passwordResetMail } from '../mail/mail-templates';
import { Mailer, OutgoingMail } from '../mail/mailer';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { AcceptedDto, AcceptInviteDto, ForgotPasswordDto, ResetPasswordDto } from './account-recovery.dto';
import { accountKey, AttemptThrottle, resetRequestKeys } from './attempt-throttle';
import { ClientInfo } from './auth-context';
import { tooManyAttempts } from './auth-errors';
import { OneTimeTokens } from './one-time-tokens';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import { Sessions } from './sessions';
import { SessionGrant, SignInService } from './sign-in.service';
import { weakPassword } from './weak-password';

export const RESET_REQUESTED: AcceptedDto = {
  message: 'If an account exists for this email, we have sent it a link to reset the password.',
};

/** Self-service: forgotten passwords and accepting an invitation. */
@Injectable()
export class AccountRecoveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: OneTimeTokens,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly throttle: AttemptThrottle,
    private readonly sessions: Sessions,
    private readonly signIn: SignInService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Always the same answer, in the same time: the link is made and mailed after the
   * response, and only when an active account has this email.
   */
  async requestReset({ email }: ForgotPasswordDto, client: ClientInfo): Promise<AcceptedDto> {
    const keys = resetRequestKeys(email, client.ipAddress);
    const lockedFor = await this.throttle.lockedForSeconds(keys);
    if (lockedFor > 0) {
      throw tooManyAttempts(lockedFor, 'Too many password reset requests');
    }
    await this.throttle.record(keys);
    const user = await this.dataSource.manager
      .createQueryBuilder(User, 'user')
      .where('lower(user.email) = :email AND user.is_active', { email })
      .getOne();
    if (user) {
      this.mailer.sendInBackground(() => this.resetLinkMail(user));
    }
    return RESET_REQUESTED;
  }

  async resetPassword({ token, newPassword }: ResetPasswordDto): Promise<void> {
    const user = await this.dataSource.transaction(async (manager) => {
      const opened = await this.tokens.open(manager, token, 'reset');
      await this.setPassword(manager, opened.user, newPassword);
      await this.tokens.markUsed(manager, opened.row);
      return opened.user;
    });
    await this.sessions.revokeAllOfUser(user.id, 'password-reset');
    await this.throttle.reset(accountKey(user.email));
  }

  async acceptInvite({ token, newPassword, displayName }: AcceptInviteDto, client: ClientInfo): Promise<SessionGrant> {
    return this.dataSource.transaction(async (manager) => {
      const { row, user } = await this.tokens.open(manager, token, 'invite');
      await this.setPassword(manager, user, newPassword, displayName);
      await this.tokens.markUsed(manager, row);
      return this.signIn.startSession(manager, await manager.findOneByOrFail(User, { id: user.id }), client);
    });
  }

  private async setPassword(manager: EntityManager, user: User, newPassword: string, displayName?: string) {
    const problem = this.policy.problem(newPassword, { email: user.email });
    if (problem) {
      throw weakPassword(problem);
    }
    await manager.update(
      User,
      { id: user.id },
      {
        passwordHash: await this.hasher.hash(newPassword),
        mustChangePassword: false,
        passwordExpiresAt: null,
        ...(displayName ? { displayName } : {}),
      },
    );
  }

  private async resetLinkMail(user: User): Promise<OutgoingMail> {
    const { token, expiresAt, organizationName } = await this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOneByOrFail(Organization, { id: user.organizationId });
      return { ...(await this.tokens.issue(manager, user.id, 'reset', null)), organizationName: organization.name };
    });
    return passwordResetMail({
      to: user.email,
      userName: user.displayName,
      organizationName,
      link: `${this.config.publicUrl}/reset-password?token=${token}`,
      expiresAt,
    });
  }
}
