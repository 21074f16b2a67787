import { Injectable, StreamableFile } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AuditQuery } from '../audit/audit-query';
import { AuthContext } from '../auth/auth-context';
import { Session } from '../auth/session.entity';
import { ChatPersonalData } from '../chat/chat-personal-data';
import { Clock } from '../common/clock';
import { recordEvent, UnitOfWork } from '../events/unit-of-work';
import { NotificationPersonalData } from '../notifications/notification-personal-data';
import { Organization } from '../organizations/organization.entity';
import { Property } from '../organizations/property.entity';
import { EffectivePermissionsService } from '../permissions/effective-permissions';
import { PermissionSettingsStore } from '../permissions/permission-settings.store';
import { PropertyAccessStore } from '../permissions/property-access.store';
import { User } from '../users/user.entity';
import { UserAccounts } from '../users/user-accounts';
import { jsonZip } from './export-zip';
import { PersonalDataExported } from './privacy.events';

/** The files of an export, in the order the archive lists them. */
export const EXPORT_FILES = [
  'README.json',
  'profile.json',
  'permissions.json',
  'sessions.json',
  'conversations.json',
  'messages.json',
  'reactions.json',
  'notifications.json',
  'notification-settings.json',
  'audit-entries.json',
] as const;

export type ExportFiles = Record<(typeof EXPORT_FILES)[number], unknown>;

/**
 * Everything stored about one person, as a ZIP of JSON files: their profile, role, permission
 * tree and scope, sessions, the conversations they are in with the messages they wrote, their
 * reactions and notifications, and what the audit trail records them doing. Other people appear
 * by id and display name only; residents' data is the organization's, not the person's. Read in
 * one transaction, which records the export in the audit trail; the archive streams after it.
 */
@Injectable()
export class PersonalDataExport {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly accounts: UserAccounts,
    private readonly permissions: EffectivePermissionsService,
    private readonly settings: PermissionSettingsStore,
    private readonly propertyAccess: PropertyAccessStore,
    private readonly chat: ChatPersonalData,
    private readonly notifications: NotificationPersonalData,
    private readonly audit: AuditQuery,
  ) {}

  /** The caller's own data, or (for an administrator) a member's of their organization; else 404. */
  async export(caller: AuthContext, userId: string): Promise<StreamableFile> {
    const madeAt = this.clock.now();
    const files = await this.unitOfWork.run(async (manager) => {
      const user = await this.accounts.memberOrFail(manager, caller.organizationId, userId);
      const collected = await this.collect(manager, caller, user, madeAt);
      recordEvent(manager, new PersonalDataExported(user.id, user.organizationId));
      return collected;
    });
    return new StreamableFile(jsonZip(files, madeAt), {
      type: 'application/zip',
      disposition: `attachment; filename="ownerdash-personal-data-${userId}-${madeAt.toISOString().slice(0, 10)}.zip"`,
    });
  }

  private async collect(manager: EntityManager, caller: AuthContext, user: User, madeAt: Date): Promise<ExportFiles> {
    const organization = await manager.findOneByOrFail(Organization, { id: user.organizationId });
    const creator = user.createdBy ? await this.accounts.findById(manager, user.createdBy) : null;
    return {
      'README.json': {
        subject: { id: user.id, displayName: user.displayName },
        exportedAt: madeAt,
        exportedBy: { id: caller.userId },
        files: Object.fromEntries(EXPORT_FILES.map((file) => [file, FILE_DESCRIPTIONS[file]])),
      },
      'profile.json': {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        avatarUrl: user.avatarUrl,
        role: user.role,
        isActive: user.isActive,
        mustChangePassword: user.mustChangePassword,
        passwordSet: user.passwordHash !== null,
        temporaryPasswordExpiresAt: user.passwordExpiresAt,
        organization: { id: organization.id, name: organization.name },
        createdAt: user.createdAt,
        createdBy: creator ? { id: creator.id, displayName: creator.displayName } : null,
        invitedAt: user.invitedAt,
        lastLogin: user.lastLogin,
        erasedAt: user.erasedAt,
      },
      'permissions.json': await this.permissionsOf(manager, user),
      'sessions.json': await manager.find(Session, {
        where: { userId: user.id },
        order: { createdAt: 'ASC' },
        select: {
          id: true,
          createdAt: true,
          lastUsedAt: true,
          expiresAt: true,
          revokedAt: true,
          revokeReason: true,
          ipAddress: true,
          userAgent: true,
        },
      }),
      'conversations.json': await this.chat.conversations(manager, user.id),
      'messages.json': await this.chat.messages(manager, user.id),
      'reactions.json': await this.chat.reactions(manager, user.id),
      'notifications.json': await this.notifications.of(manager, user.id),
      'notification-settings.json': await this.notifications.preferencesOf(manager, user.id),
      'audit-entries.json': await this.auditEntriesOf(user),
    };
  }

  private async permissionsOf(manager: EntityManager, user: User) {
    const propertyIds = await this.propertyAccess.read(manager, user.id);
    const properties =
      propertyIds.length === 0
        ? []
        : await manager.find(Property, {
            where: { id: In(propertyIds) },
            select: { id: true, name: true },
            order: { name: 'ASC' },
          });
    const effective = await this.permissions.of({
      userId: user.id,
      organizationId: user.organizationId,
      role: user.role,
      permissionVersion: user.permissionVersion,
    });
    return {
      role: user.role,
      scope: { allProperties: propertyIds.length === 0, properties },
      tree: await this.settings.read(manager, user.id),
      visible: { tabs: effective.tabs, views: effective.views },
    };
  }

  /** The audit trail's entries of what the person did, newest first (it lists only their own organization). */
  private async auditEntriesOf(user: User): Promise<unknown[]> {
    const entries: unknown[] = [];
    for await (const entry of this.audit.entries({ organizationId: user.organizationId }, { actor: user.id })) {
      entries.push(entry);
    }
    return entries;
  }
}

const FILE_DESCRIPTIONS: Readonly<Record<(typeof EXPORT_FILES)[number], string>> = {
  'README.json': 'What this archive is and what each file holds',
  'profile.json': 'Your account: email, name, picture, role, state and dates',
  'permissions.json': 'Your role, property scope, permission tree and what it lets you see',
  'sessions.json': 'Your sign-ins: when, from which address and browser, and when they ended',
  'conversations.json': 'The conversations you are or were in, with their members by id and name',
  'messages.json': 'The messages you wrote (deleted ones as empty placeholders)',
  'reactions.json': 'Your reactions to messages',
  'notifications.json': 'Your notifications, with who caused each by id and name',
  'notification-settings.json': 'The notification settings you saved (null while you keep the defaults)',
  'audit-entries.json': 'What the audit trail records you doing',
};
