/**
 * Something that happened in a module, told to whoever subscribes (real-time rooms, the audit
 * trail, mail). Each module declares its events as classes in its own `*.events.ts`; an event
 * holds ids and facts, never secrets a subscriber could leak (the one exception, a link's
 * token, is named as such and only the mail subscriber reads it).
 */
export abstract class DomainEvent {
  /** A stable name for logs and the audit trail, e.g. `sessions.revoked`. */
  abstract readonly name: string;
}

export type DomainEventType<E extends DomainEvent> = abstract new (...args: never[]) => E;
