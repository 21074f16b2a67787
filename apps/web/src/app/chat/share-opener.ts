import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { ReferenceInputDto } from '@ownerdash/api-client';
import { ChatDrawerState } from './chat-drawer-state';

/**
 * Opens the share dialog for a reference and, once it is sent, the conversation in the drawer.
 * The dialog's code loads on the first share, so no dashboard card carries it.
 */
@Injectable({ providedIn: 'root' })
export class ShareOpener {
  private readonly dialog = inject(MatDialog);
  private readonly drawer = inject(ChatDrawerState);

  async share(reference: ReferenceInputDto, title: string): Promise<void> {
    const { ShareToChatDialog } = await import('./share-to-chat-dialog');
    this.dialog
      .open(ShareToChatDialog, { data: { reference, title }, autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((conversationId: string | undefined) => {
        if (conversationId) {
          this.drawer.open(conversationId);
        }
      });
  }
}
