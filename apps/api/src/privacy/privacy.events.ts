import { DomainEvent } from '../events/domain-event';

export type ErasedMessages = 'keep' | 'delete';

/** Someone's personal data was read out as an export (theirs, or by an administrator). */
export class PersonalDataExported extends DomainEvent {
  readonly name = 'privacy.data-exported';

  constructor(
    readonly subjectUserId: string,
    readonly organizationId: string,
  ) {
    super();
  }
}

/** An administrator anonymized a person's account, keeping or deleting their messages. */
export class UserErased extends DomainEvent {
  readonly name = 'privacy.user-erased';

  constructor(
    readonly userId: string,
    readonly organizationId: string,
    readonly messages: ErasedMessages,
    readonly messagesDeleted: number,
  ) {
    super();
  }
}

/** An administrator erased the personal data of a unit's resident. */
export class ResidentErased extends DomainEvent {
  readonly name = 'privacy.resident-erased';

  constructor(
    readonly organizationId: string,
    readonly propertyId: string,
    readonly unitId: string,
    readonly evictions: number,
    readonly formerResidents: number,
  ) {
    super();
  }
}
