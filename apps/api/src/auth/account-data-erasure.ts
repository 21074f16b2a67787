import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { accountKey, resetRequestKeys } from './attempt-throttle';
import { Sessions } from './sessions';

/**
 * What the auth module holds about a person whose account is being erased: their sessions are
 * ended (so their sockets are disconnected once the erasure commits) and forget the addresses and
 * browsers they came from, their open invitation or reset links go, and so do the sign-in
 * counters kept under their email.
 */
@Injectable()
export class AccountDataErasure {
  constructor(private readonly sessions: Sessions) {}

  async forget(manager: EntityManager, userId: string, email: string): Promise<void> {
    await this.sessions.revokeAllOfUser(manager, userId, 'erased');
    await manager.query(`UPDATE sessions SET ip_address = NULL, user_agent = NULL WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM password_resets WHERE user_id = $1`, [userId]);
    const keys = [accountKey(email), ...resetRequestKeys(email, null)].map((key) => key.key);
    await manager.query(`DELETE FROM login_throttle WHERE key = ANY($1::text[])`, [keys]);
  }
}
