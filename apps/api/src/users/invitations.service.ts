import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuthContext } from '../auth/auth-context';
import { OneTimeTokens } from '../auth/one-time-tokens';
import { PasswordHasher } from '../auth/password-hasher';
import { ApiException } from '../common/api-exception';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { invitationMail, passwordResetMail } from '../mail/mail-templates';
import { Mailer, OutgoingMail } from '../mail/mailer';
import { Organization } from '../organizations/organization.entity';
import { PermissionSettingsStore } from '../permissions/permission-settings.store';
import { PresetsService } from '../permissions/presets.service';
import { PropertyAccessStore } from '../permissions/property-access.store';
import { CredentialsDeliveryDto, Delivery, InvitationDto, InviteUserDto } from './admin-users.dto';
import { TeamDirectoryService } from './team-directory.service';
import { generateTemporaryPassword, TEMPORARY_PASSWORD_LIFETIME_MS } from './temporary-password';
import { User } from './user.entity';

/** What to hand a user after the transaction commits: a temporary password, or a mail. */
export interface PreparedCredentials {
  readonly delivery: Delivery;
  readonly temporaryPassword: string | null;
  readonly expiresAt: Date;
  readonly mail: OutgoingMail | null;
}

/** Brings people in: creates their account and hands them a way to set their password. */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: OneTimeTokens,
    private readonly settings: PermissionSettingsStore,
    private readonly propertyAccess: PropertyAccessStore,
    private readonly presets: PresetsService,
    private readonly directory: TeamDirectoryService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(auth: AuthContext, dto: InviteUserDto): Promise<InvitationDto> {
    const { user, credentials } = await this.dataSource.transaction(async (manager) => {
      if ((await manager.createQueryBuilder(User, 'u').where('lower(u.email) = :email', dto).getCount()) > 0) {
        throw new ApiException(HttpStatus.CONFLICT, {
          message: `An account with the email ${dto.email} already exists.`,
          code: ERROR_CODES.emailTaken,
        });
      }
      const preset = dto.presetId ? await this.presets.findOrFail(manager, auth.organizationId, dto.presetId) : null;
      const created = await manager.save(
        manager.create(User, {
          organizationId: auth.organizationId,
          email: dto.email,
          displayName: dto.displayName,
          role: dto.role,
          passwordHash: null,
          createdBy: auth.userId,
          invitedAt: new Date(),
        }),
      );
      await this.settings.replace(manager, created.id, {
        tabs: dto.tabs ?? preset?.tabs ?? {},
        views: dto.views ?? preset?.views ?? {},
      });
      await this.propertyAccess.replace(
        manager,
        auth.organizationId,
        created.id,
        dto.propertyIds ?? preset?.propertyIds ?? [],
      );
      return { user: created, credentials: await this.prepareCredentials(manager, auth, created, dto.delivery) };
    });
    return {
      user: await this.directory.describe(this.dataSource.manager, user.id),
      credentials: await this.deliver(credentials),
    };
  }

  /**
   * A temporary password (set now, to be changed at first sign-in) or a link to mail: an
   * invitation for someone who never chose a password, a reset link otherwise.
   */
  async prepareCredentials(
    manager: EntityManager,
    auth: AuthContext,
    user: User,
    delivery: Delivery,
  ): Promise<PreparedCredentials> {
    if (delivery === 'temporary-password') {
      const temporaryPassword = generateTemporaryPassword();
      const expiresAt = new Date(Date.now() + TEMPORARY_PASSWORD_LIFETIME_MS);
      await manager.update(
        User,
        { id: user.id },
        {
          passwordHash: await this.hasher.hash(temporaryPassword),
          mustChangePassword: true,
          passwordExpiresAt: expiresAt,
        },
      );
      return { delivery, temporaryPassword, expiresAt, mail: null };
    }
    const organization = await manager.findOneByOrFail(Organization, { id: user.organizationId });
    const purpose = user.passwordHash === null ? 'invite' : 'reset';
    const { token, expiresAt } = await this.tokens.issue(manager, user.id, purpose, auth.userId);
    const mail =
      purpose === 'invite'
        ? invitationMail({
            to: user.email,
            inviteeName: user.displayName,
            inviterName: auth.displayName,
            organizationName: organization.name,
            link: `${this.config.publicUrl}/accept-invite?token=${token}`,
            expiresAt,
          })
        : passwordResetMail({
            to: user.email,
            userName: user.displayName,
            organizationName: organization.name,
            link: `${this.config.publicUrl}/reset-password?token=${token}`,
            expiresAt,
            requestedBy: auth.displayName,
          });
    return { delivery, temporaryPassword: null, expiresAt, mail };
  }

  /** Sends the mail, if any. The account exists either way; a failed send is reported, not fatal. */
  async deliver(credentials: PreparedCredentials): Promise<CredentialsDeliveryDto> {
    let emailSent = false;
    if (credentials.mail) {
      try {
        await this.mailer.send(credentials.mail);
        emailSent = true;
      } catch (error) {
        this.logger.error(`Could not send "${credentials.mail.subject}": ${String(error)}`);
      }
    }
    return {
      delivery: credentials.delivery,
      temporaryPassword: credentials.temporaryPassword,
      expiresAt: credentials.expiresAt.toISOString(),
      emailSent,
    };
  }
}
