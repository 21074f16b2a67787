import type { ChatMessage } from '@ownerdash/contracts';
import { dayKey, dayLabel } from './chat-time';

export type ThreadItem =
  | { readonly kind: 'day'; readonly key: string; readonly label: string }
  | { readonly kind: 'message'; readonly key: string; readonly message: ChatMessage };

/** A thread's messages with a separator before the first message of each day. */
export function threadItems(messages: readonly ChatMessage[], now: number): ThreadItem[] {
  const items: ThreadItem[] = [];
  let day = '';
  for (const message of messages) {
    const key = dayKey(message.createdAt);
    if (key !== day) {
      day = key;
      items.push({ kind: 'day', key: `day-${key}`, label: dayLabel(message.createdAt, now) });
    }
    items.push({ kind: 'message', key: message.id, message });
  }
  return items;
}
