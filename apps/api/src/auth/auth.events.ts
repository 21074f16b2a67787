import { DomainEvent } from '../events/domain-event';
import { OneTimeTokenPurpose } from './password-reset.entity';
import { RevokeReason } from './sessions';

/** Sessions of one user ended: their refresh tokens and access tokens are worthless from now on. */
export class SessionsRevoked extends DomainEvent {
  readonly name = 'auth.sessions-revoked';

  constructor(
    readonly userId: string,
    readonly sessionIds: readonly string[],
    readonly reason: RevokeReason,
  ) {
    super();
  }
}

export interface LinkIssuer {
  readonly userId: string;
  readonly displayName: string;
}

/**
 * A single-use invitation or password-reset link was made. It carries the link's token for the
 * one subscriber that mails it; no other subscriber may copy it anywhere.
 */
export class AccountLinkIssued extends DomainEvent {
  readonly name = 'auth.account-link-issued';

  constructor(
    readonly userId: string,
    readonly organizationId: string,
    readonly email: string,
    readonly displayName: string,
    readonly purpose: OneTimeTokenPurpose,
    readonly token: string,
    readonly expiresAt: Date,
    /** The administrator who asked for it; null when the user asked for a reset link themselves. */
    readonly issuedBy: LinkIssuer | null,
  ) {
    super();
  }
}

/** Someone asked for a reset link for an existing, active account (unknown emails raise nothing). */
export class PasswordResetRequested extends DomainEvent {
  readonly name = 'auth.password-reset-requested';

  constructor(
    readonly userId: string,
    readonly organizationId: string,
  ) {
    super();
  }
}

export type PasswordChangeWay = 'changed' | 'reset-link' | 'invitation-accepted';

/** A user set a password of their own: by changing it, through a reset link, or accepting an invitation. */
export class PasswordSet extends DomainEvent {
  readonly name = 'auth.password-set';

  constructor(
    readonly userId: string,
    readonly organizationId: string,
    readonly way: PasswordChangeWay,
  ) {
    super();
  }
}

/** A user signed in with their password (a session was opened). */
export class SignedIn extends DomainEvent {
  readonly name = 'auth.signed-in';

  constructor(
    readonly userId: string,
    readonly organizationId: string,
  ) {
    super();
  }
}

export type SignInRefusal = 'invalid-credentials' | 'locked-out';

/**
 * A sign-in to an existing account was refused: a wrong password, an account that may not sign
 * in, or too many failures (locked out). Attempts for unknown emails raise nothing: they belong
 * to no organization.
 */
export class SignInRefused extends DomainEvent {
  readonly name = 'auth.sign-in-refused';

  constructor(
    readonly userId: string,
    readonly organizationId: string,
    readonly refusal: SignInRefusal,
    /** When locked out: how long until the next attempt is evaluated. */
    readonly retryAfterSeconds: number | null,
  ) {
    super();
  }
}
