import type { ChatMessage } from '@ownerdash/contracts';

const PREVIEW_LENGTH = 80;

/** One line about a message for lists and toasts: who wrote what, without markdown's marks. */
export function previewOf(message: ChatMessage, myId: string): string {
  if (message.deletedAt) {
    return 'Message deleted';
  }
  const text = message.content
    .replace(/[*_~`>#]+/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  const short = text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
  const who = message.sender?.id === myId ? 'You' : (message.sender?.displayName ?? 'Someone');
  return `${who}: ${short}`;
}
