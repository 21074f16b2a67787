import { HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuthContext } from '../auth/auth-context';
import { OneTimeTokens } from '../auth/one-time-tokens';
import { PasswordHasher } from '../auth/password-hasher';
import { ApiException } from '../common/api-exception';
import { UnitOfWork } from '../events/unit-of-work';
import { PermissionSettingsStore } from '../permissions/permission-settings.store';
import { PresetsService } from '../permissions/presets.service';
import { PropertyAccessStore } from '../permissions/property-access.store';
import { User } from '../users/user.entity';
import { UserAccounts } from '../users/user-accounts';
import { CredentialsDeliveryDto, Delivery, InvitationDto, InviteUserDto } from './admin-users.dto';
import { TeamDirectoryService } from './team-directory.service';
import { generateTemporaryPassword, TEMPORARY_PASSWORD_LIFETIME_MS } from './temporary-password';

/** Brings people in: creates their account and hands them a way to set their password. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly accounts: UserAccounts,
    private readonly hasher: PasswordHasher,
    private readonly tokens: OneTimeTokens,
    private readonly settings: PermissionSettingsStore,
    private readonly propertyAccess: PropertyAccessStore,
    private readonly presets: PresetsService,
    private readonly directory: TeamDirectoryService,
  ) {}

  /** The invitation mail goes out once the account is saved, never for one that was not. */
  async invite(auth: AuthContext, dto: InviteUserDto): Promise<InvitationDto> {
    const { user, credentials } = await this.unitOfWork.run(async (manager) => {
      if (await this.accounts.emailTaken(manager, dto.email)) {
        throw new ApiException(HttpStatus.CONFLICT, {
          message: `An account with the email ${dto.email} already exists.`,
          code: ERROR_CODES.emailTaken,
        });
      }
      const preset = dto.presetId ? await this.presets.findOrFail(manager, auth.organizationId, dto.presetId) : null;
      const created = await this.accounts.invite(manager, {
        organizationId: auth.organizationId,
        email: dto.email,
        displayName: dto.displayName,
        role: dto.role,
        createdBy: auth.userId,
      });
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
      return { user: created, credentials: await this.issueCredentials(manager, auth, created, dto.delivery) };
    });
    return { user: await this.directory.describe(this.dataSource.manager, user.id), credentials };
  }

  /**
   * A temporary password (set now, to be changed at first sign-in) or a link, mailed after the
   * transaction commits: an invitation for someone who never chose a password, a reset link otherwise.
   */
  async issueCredentials(
    manager: EntityManager,
    auth: AuthContext,
    user: User,
    delivery: Delivery,
  ): Promise<CredentialsDeliveryDto> {
    if (delivery === 'temporary-password') {
      const temporaryPassword = generateTemporaryPassword();
      const expiresAt = new Date(Date.now() + TEMPORARY_PASSWORD_LIFETIME_MS);
      await this.accounts.setPassword(manager, user.id, {
        passwordHash: await this.hasher.hash(temporaryPassword),
        temporaryUntil: expiresAt,
      });
      return { delivery, temporaryPassword, expiresAt: expiresAt.toISOString() };
    }
    const purpose = user.passwordHash === null ? 'invite' : 'reset';
    const { expiresAt } = await this.tokens.issue(manager, user, purpose, {
      userId: auth.userId,
      displayName: auth.displayName,
    });
    return { delivery, temporaryPassword: null, expiresAt: expiresAt.toISOString() };
  }
}
