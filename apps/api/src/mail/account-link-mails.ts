import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AccountLinkIssued } from '../auth/auth.events';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainEvents } from '../events/domain-events';
import { Organizations } from '../organizations/organizations';
import { invitationMail, passwordResetMail } from './mail-templates';
import { Mailer, OutgoingMail } from './mailer';

/** Mails invitation and reset links once the transaction that made them has committed. */
@Injectable()
export class AccountLinkMails implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly mailer: Mailer,
    private readonly organizations: Organizations,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.events.on(AccountLinkIssued, AccountLinkMails.name, async (event) =>
      this.mailer.send(await this.compose(event)),
    );
  }

  private async compose(event: AccountLinkIssued): Promise<OutgoingMail> {
    const organizationName = await this.organizations.nameOf(event.organizationId);
    if (event.purpose === 'invite') {
      return invitationMail({
        to: event.email,
        inviteeName: event.displayName,
        inviterName: event.issuedBy?.displayName ?? organizationName,
        organizationName,
        link: `${this.config.publicUrl}/accept-invite?token=${event.token}`,
        expiresAt: event.expiresAt,
      });
    }
    return passwordResetMail({
      to: event.email,
      userName: event.displayName,
      organizationName,
      link: `${this.config.publicUrl}/reset-password?token=${event.token}`,
      expiresAt: event.expiresAt,
      requestedBy: event.issuedBy?.displayName,
    });
  }
}
