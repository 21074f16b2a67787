import type { ChatConversationType } from '@ownerdash/contracts';

/** The icon of each kind of conversation in lists and headers. */
export const CONVERSATION_ICONS: Readonly<Record<ChatConversationType, string>> = {
  direct: 'person',
  group: 'group',
  property: 'apartment',
  entity: 'topic',
};
