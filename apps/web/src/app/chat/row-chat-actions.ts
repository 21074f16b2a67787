import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ReferenceRowView } from '@ownerdash/contracts';
import type { ThreadEntity } from './entity-thread';
import type { EntityThreadCounts } from './entity-thread-counts';
import { EntityThreadsButton } from './entity-threads-button';
import { ShareRowButton } from './share-row-button';

/**
 * The chat cell of a table row that is a thing of its own: its threads (for rows that are chat
 * entities) and "Share to chat".
 */
@Component({
  selector: 'od-row-chat-actions',
  imports: [EntityThreadsButton, ShareRowButton],
  template: `
    @if (thread(); as thread) {
      <od-entity-threads-button [entity]="thread" [count]="threads()?.of(thread.id)" (started)="threads()?.reload()" />
    }
    <!-- Loads once the page is idle, with the share dialog's code: the table paints without it. -->
    @defer (on idle) {
      <od-share-row-button
        [view]="view()"
        [propertyId]="propertyId()"
        [rowKey]="rowKey()"
        [unitNumber]="unitNumber()"
      />
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RowChatActions {
  readonly view = input.required<ReferenceRowView>();
  readonly propertyId = input.required<string>();
  /** The row as its view keys it: a unit number, or the row's id. */
  readonly rowKey = input.required<string>();
  readonly unitNumber = input.required<string>();
  /** The entity whose threads the row lists, for rows that are one. */
  readonly thread = input<ThreadEntity>();
  readonly threads = input<EntityThreadCounts>();
}
