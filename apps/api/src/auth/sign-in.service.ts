import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainEvents } from '../events/domain-events';
import { recordEvent, UnitOfWork } from '../events/unit-of-work';
import { User } from '../users/user.entity';
import { UserAccounts } from '../users/user-accounts';
import { ACCESS_TOKEN_TTL_SECONDS, AccessTokens } from './access-tokens';
import { accountKey, addressKey, AttemptThrottle } from './attempt-throttle';
import { LoginDto } from './auth.dto';
import { SignedIn, SignInRefused } from './auth.events';
import { ClientInfo } from './auth-context';
import { invalidCredentials, sessionExpired, tooManyAttempts } from './auth-errors';
import { SessionResponseDto } from './auth-responses.dto';
import { toAuthUser } from './auth-user';
import { PasswordHasher } from './password-hasher';
import { IssuedRefreshToken, Sessions } from './sessions';
import { TrustedDevices } from './trusted-devices';

/** What a successful sign-in or refresh hands out: the response body and the refresh cookie's token. */
export interface SessionGrant {
  readonly body: SessionResponseDto;
  readonly refresh: IssuedRefreshToken;
}

/** A sign-in also marks the browser as one the account signed in from: the device cookie's value. */
export interface SignInGrant extends SessionGrant {
  readonly device: string;
}

@Injectable()
export class SignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly accounts: UserAccounts,
    private readonly hasher: PasswordHasher,
    private readonly throttle: AttemptThrottle,
    private readonly sessions: Sessions,
    private readonly accessTokens: AccessTokens,
    private readonly devices: TrustedDevices,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Unknown email, wrong password, deactivated account, expired temporary password and
   * pending invitation fail alike, in the same time, with the same body, so the answer
   * does not tell which accounts exist.
   *
   * A browser holding this account's device cookie is judged by its own failures only; any other
   * by the address's and the account's, so strangers' failures there cannot lock it out.
   */
  async login(
    { email, password }: LoginDto,
    client: ClientInfo,
    deviceCookie: string | undefined,
  ): Promise<SignInGrant> {
    const user = await this.accounts.findByEmail(this.dataSource.manager, email);
    const device = user ? this.devices.recognize(deviceCookie, user.id) : null;
    const address = addressKey(client.ipAddress);
    const account = accountKey(email);
    // The address before the account: an attempt refused for its address costs the account nothing.
    const admission = await this.throttle.admit(device ? [device] : [address, account]);
    if (!admission.admitted) {
      if (user) {
        this.events.publish([
          new SignInRefused(user.id, user.organizationId, 'locked-out', admission.retryAfterSeconds),
        ]);
      }
      throw tooManyAttempts(admission.retryAfterSeconds);
    }
    const signedIn = await this.throttle.evaluate(admission, () => this.checkCredentials(user, password));
    if (!user || !signedIn) {
      if (user) {
        this.events.publish([new SignInRefused(user.id, user.organizationId, 'invalid-credentials', null)]);
      }
      throw invalidCredentials();
    }
    if (device) {
      // Strangers' failures against the account stay counted: this browser proves nothing about them.
      await this.throttle.reset(device);
    } else {
      // A right password is no failure: the address gets its attempt back, the account starts afresh.
      await this.throttle.release(admission.reservations.filter(({ key }) => key === address));
      await this.throttle.reset(account);
    }
    return this.unitOfWork.run((manager) => this.startSession(manager, user, client));
  }

  /** Signs the user in: records the sign-in and opens a session, in the caller's transaction. */
  async startSession(manager: EntityManager, user: User, client: ClientInfo): Promise<SignInGrant> {
    await this.accounts.recordSignIn(manager, user.id);
    recordEvent(manager, new SignedIn(user.id, user.organizationId));
    const refresh = await this.sessions.start(user.id, client, manager);
    return { ...this.grant(user, refresh), device: this.devices.issue(user.id) };
  }

  async refresh(token: string | undefined, client: ClientInfo): Promise<SessionGrant> {
    if (!token) {
      throw sessionExpired();
    }
    const refresh = await this.sessions.rotate(token, client);
    const user = await this.accounts.findById(this.dataSource.manager, refresh.userId);
    if (!user?.isActive) {
      throw sessionExpired();
    }
    return this.grant(user, refresh);
  }

  async signOut(token: string | undefined): Promise<void> {
    if (token) {
      await this.sessions.revokeByToken(token, 'logout');
    }
  }

  /** Whether the password is right and the account may sign in; as slow for no account at all. */
  private async checkCredentials(user: User | null, password: string): Promise<boolean> {
    if (!user) {
      return this.hasher.verifyNothing(password);
    }
    const passwordMatches = await this.hasher.verify(user.passwordHash, password);
    const passwordExpired = user.passwordExpiresAt ? user.passwordExpiresAt <= new Date() : false;
    return passwordMatches && user.isActive && !passwordExpired;
  }

  private grant(user: User, refresh: IssuedRefreshToken): SessionGrant {
    const accessToken = this.accessTokens.sign({
      sub: user.id,
      org: user.organizationId,
      role: user.role,
      pv: user.permissionVersion,
      sid: refresh.sessionId,
    });
    return { body: { accessToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS, user: toAuthUser(user) }, refresh };
  }
}
