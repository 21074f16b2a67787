import { ViewId, VisibleReference } from '@ownerdash/contracts';

/**
 * A reference as `chat_messages.reference` holds it: what every allowed reader gets, and what a
 * reader must be allowed to see for it — the properties its snapshot covers and the view that
 * shows it (null when the property list alone shows it).
 */
export type StoredReference = VisibleReference & {
  readonly propertyIds: readonly string[];
  readonly viewId: ViewId | null;
};

/** A snapshot taken, before the id and state it was asked with are added. */
export type TakenReference = Omit<StoredReference, 'id' | 'state'>;
