import { ChatConversationType } from '@ownerdash/contracts';
import { DomainEvent } from '../events/domain-event';
import { MessageDto } from './messages.dto';
import { StoredReference } from './stored-reference';

/** A message was stored (not a retry of one stored before). */
export class ChatMessagePosted extends DomainEvent {
  readonly name = 'chat.message-posted';

  constructor(
    readonly message: MessageDto,
    /** When the send reached this instance (`performance.now()`), for the delivery latency metric. */
    readonly receivedAt: number,
    /** The sender's and so the conversation's organization. */
    readonly organizationId: string,
    /** The message's reference whole, for the fan-out to show each reader as they may see it. */
    readonly reference: StoredReference | null,
  ) {
    super();
  }
}

export type MessageChange = 'updated' | 'deleted' | 'reaction';

/** A message was edited, deleted, or its reactions changed; `message` is its new state. */
export class ChatMessageChanged extends DomainEvent {
  readonly name = 'chat.message-changed';

  constructor(
    readonly change: MessageChange,
    readonly message: MessageDto,
    /** As for ChatMessagePosted. */
    readonly reference: StoredReference | null,
  ) {
    super();
  }
}

/** A member's read state moved forward. */
export class ChatReadMoved extends DomainEvent {
  readonly name = 'chat.read-moved';

  constructor(
    readonly conversationId: string,
    readonly userId: string,
    readonly seq: number,
  ) {
    super();
  }
}

/** People joined or left a conversation (a new conversation's members all join). */
export class ChatMembershipChanged extends DomainEvent {
  readonly name = 'chat.membership-changed';

  constructor(
    readonly conversationId: string,
    readonly joined: readonly string[],
    readonly left: readonly string[],
  ) {
    super();
  }
}

/** A property's conversation was started: everyone whose scope includes the property may read it. */
export class ChatPropertyConversationStarted extends DomainEvent {
  readonly name = 'chat.property-conversation-started';

  constructor(
    readonly conversationId: string,
    readonly organizationId: string,
    readonly propertyId: string,
  ) {
    super();
  }
}

/** Someone started a conversation (its members join in a `ChatMembershipChanged` of the same transaction). */
export class ChatConversationCreated extends DomainEvent {
  readonly name = 'chat.conversation-created';

  constructor(
    readonly conversationId: string,
    readonly organizationId: string,
    readonly createdBy: string,
    readonly type: ChatConversationType,
  ) {
    super();
  }
}

/**
 * A socket's handshake was refused on a token this server signed that has not expired: its session
 * ended, its account was deactivated or its rights changed. A refusal for no token, or a forged or
 * expired one, names no one and is not told, as for HTTP requests.
 */
export class ChatHandshakeRefused extends DomainEvent {
  readonly name = 'chat.handshake-refused';

  constructor(
    readonly userId: string,
    readonly organizationId: string,
    readonly refusal: string,
    readonly ipAddress: string | null,
    readonly userAgent: string | null,
  ) {
    super();
  }
}
