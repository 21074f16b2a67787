import { Role } from '@ownerdash/contracts';
import { DomainEvent } from '../events/domain-event';

/** An admin created an account for someone who is to join the organization. */
export class UserInvited extends DomainEvent {
  readonly name = 'users.invited';

  constructor(
    readonly userId: string,
    readonly organizationId: string,
    readonly role: Role,
  ) {
    super();
  }
}

export class UserRoleChanged extends DomainEvent {
  readonly name = 'users.role-changed';

  constructor(
    readonly userId: string,
    readonly organizationId: string,
    readonly before: Role,
    readonly after: Role,
  ) {
    super();
  }
}

export class UserDeactivated extends DomainEvent {
  readonly name = 'users.deactivated';

  constructor(
    readonly userId: string,
    readonly organizationId: string,
  ) {
    super();
  }
}

export class UserReactivated extends DomainEvent {
  readonly name = 'users.reactivated';

  constructor(
    readonly userId: string,
    readonly organizationId: string,
  ) {
    super();
  }
}

/**
 * What the user may do or see changed (role, active state, scope, tree): their access tokens
 * carrying an older version are refused from now on, and whatever holds their rights (open
 * sockets, cached answers) must look again.
 */
export class PermissionVersionBumped extends DomainEvent {
  readonly name = 'users.permission-version-bumped';

  constructor(
    readonly userId: string,
    readonly organizationId: string,
    readonly permissionVersion: number,
  ) {
    super();
  }
}
