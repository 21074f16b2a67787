import { Injectable } from '@nestjs/common';
import { AccountDataErasure } from '../auth/account-data-erasure';
import { AuthContext } from '../auth/auth-context';
import { SenderErasure } from '../chat/sender-erasure';
import { Clock } from '../common/clock';
import { recordEvent, UnitOfWork } from '../events/unit-of-work';
import { NotificationPersonalData } from '../notifications/notification-personal-data';
import { User } from '../users/user.entity';
import { ERASED_DISPLAY_NAME, refuseErased, UserAccounts } from '../users/user-accounts';
import { EraseUserDto, UserErasureDto } from './privacy.dto';
import { UserErased } from './privacy.events';

/**
 * An administrator erasing a member of their organization, in one transaction: the account is
 * anonymized and ends for good, their sessions end (disconnecting their sockets after the
 * commit), their messages are kept from "Former user" or deleted, their name and email leave the
 * chat, their notifications and sign-in records go, and the audit trail records the erasure —
 * ids only, as it records everything (names are looked up when read, so nothing hashed changes).
 * An administrator may erase their own account while another active administrator remains; the
 * last one is refused (LAST_ADMIN), as for a deactivation.
 */
@Injectable()
export class UserErasure {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly accounts: UserAccounts,
    private readonly authData: AccountDataErasure,
    private readonly chat: SenderErasure,
    private readonly notifications: NotificationPersonalData,
  ) {}

  erase(admin: AuthContext, userId: string, { messages }: EraseUserDto): Promise<UserErasureDto> {
    return this.unitOfWork.run(async (manager) => {
      await this.accounts.memberOrFail(manager, admin.organizationId, userId);
      const user = await manager.findOneOrFail(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      refuseErased(user);
      await this.accounts.erase(manager, user, this.clock.now());
      const messagesDeleted = await this.chat.erase(
        manager,
        {
          userId: user.id,
          organizationId: user.organizationId,
          displayName: user.displayName,
          email: user.email,
          replacement: ERASED_DISPLAY_NAME,
        },
        messages === 'delete',
      );
      await this.notifications.forget(manager, user.id);
      await this.authData.forget(manager, user.id, user.email);
      recordEvent(manager, new UserErased(user.id, user.organizationId, messages, messagesDeleted));
      return { id: user.id, displayName: ERASED_DISPLAY_NAME, messages, messagesDeleted };
    });
  }
}
