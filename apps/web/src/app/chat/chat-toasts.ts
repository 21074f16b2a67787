import { DestroyRef, inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { ChatDrawerState } from './chat-drawer-state';
import { ChatStore } from './chat-store';
import { previewOf } from './message-preview';

/** How long a toast about a new message stays. */
const TOAST_MS = 6_000;

/**
 * A toast for each new message from someone else that arrives while its conversation is not on
 * screen; its action opens the thread in the drawer. Started by the shell.
 */
@Injectable({ providedIn: 'root' })
export class ChatToasts {
  private readonly store = inject(ChatStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly drawer = inject(ChatDrawerState);
  private readonly router = inject(Router);
  private started = false;

  start(destroyRef: DestroyRef): void {
    if (this.started) {
      return;
    }
    this.started = true;
    const arrivals = this.store.arrived$.subscribe(({ message, conversationTitle }) => {
      if (this.store.isViewing(message.conversationId)) {
        return;
      }
      const preview = previewOf(message, this.store.myId());
      const where = message.sender?.displayName === conversationTitle ? '' : ` in ${conversationTitle}`;
      this.snackBar
        .open(`${preview}${where}`, 'Open', { duration: TOAST_MS, politeness: 'polite' })
        .onAction()
        .subscribe(() => {
          if (this.router.url.startsWith('/chat')) {
            void this.router.navigate(['/chat', message.conversationId]);
          } else {
            this.drawer.open(message.conversationId);
          }
        });
    });
    destroyRef.onDestroy(() => {
      arrivals.unsubscribe();
      this.started = false;
    });
  }
}
