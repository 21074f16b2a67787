import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { ChatDrawerState } from './chat-drawer-state';
import type { ThreadEntity } from './entity-thread';

/**
 * A table row's threads: their count, opening the list of them, or "Start a thread" when none.
 * The dialogs load on the first click, so a table costs only this button until then.
 */
@Component({
  selector: 'od-entity-threads-button',
  imports: [MatButtonModule, MatIconModule],
  template: `
    <button mat-button type="button" class="threads" [attr.aria-label]="ariaLabel()" (click)="open()">
      <mat-icon svgIcon="forum" aria-hidden="true" />
      {{ text() }}
    </button>
  `,
  styles: `
    .threads {
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EntityThreadsButton {
  private readonly dialog = inject(MatDialog);
  private readonly drawer = inject(ChatDrawerState);

  readonly entity = input.required<ThreadEntity>();
  /** Undefined while the page's counts load. */
  readonly count = input<number | undefined>();
  /** A thread was started from here: the counts are stale. */
  readonly started = output<void>();

  protected readonly text = computed(() => {
    const count = this.count();
    return count === undefined ? 'Threads' : count === 0 ? 'Start a thread' : String(count);
  });
  protected readonly ariaLabel = computed(() => {
    const count = this.count();
    const label = this.entity().label;
    if (count === 0) {
      return `Start a thread about ${label}`;
    }
    return count === undefined
      ? `Threads about ${label}`
      : `${count} ${count === 1 ? 'thread' : 'threads'} about ${label}`;
  });

  protected async open(): Promise<void> {
    const entity = this.entity();
    const opened =
      this.count() === 0
        ? await (await import('./start-entity-thread')).startEntityThread(this.dialog, entity)
        : await (await import('./entity-threads-dialog')).openEntityThreads(this.dialog, entity);
    if (opened) {
      if (opened.startedHere) {
        this.started.emit();
      }
      this.drawer.open(opened.id);
    }
  }
}
