import type { Router } from '@angular/router';

/**
 * Opens the chat page at a message, which the thread scrolls to and highlights (`/chat/<id>?seq=`,
 * as search results do); without a seq, at the conversation's newest messages.
 */
export function openAtMessage(router: Router, conversationId: string, seq: number | null): Promise<boolean> {
  return router.navigate(['/chat', conversationId], seq === null ? {} : { queryParams: { seq } });
}
