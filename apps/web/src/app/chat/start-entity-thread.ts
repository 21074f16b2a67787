import type { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import type { OpenedThread, ThreadEntity } from './entity-thread';
import { type NewConversationData, NewConversationDialog } from './new-conversation-dialog';

/** The new-conversation dialog set to start a thread about the entity; the thread started, if any. */
export async function startEntityThread(dialog: MatDialog, entity: ThreadEntity): Promise<OpenedThread | undefined> {
  const id = await firstValueFrom(
    dialog
      .open<NewConversationDialog, NewConversationData, string>(NewConversationDialog, {
        data: { entity },
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed(),
  );
  return id ? { id, startedHere: true } : undefined;
}
