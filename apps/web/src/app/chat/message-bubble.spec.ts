import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import type { ChatMessage } from '@ownerdash/contracts';
import { MessageBubble } from './message-bubble';

const ME = 'user-1';

function message(changes: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: 'm1',
    conversationId: 'c1',
    seq: 1,
    clientMessageId: 'client-1',
    sender: { id: 'user-2', displayName: 'Grace Hopper' },
    content: 'Occupancy is **up**',
    replyToId: null,
    reactions: [],
    createdAt: '2026-03-02T10:00:00.000Z',
    editedAt: null,
    deletedAt: null,
    ...changes,
  };
}

async function render(value: ChatMessage, inputs: { replyTo?: ChatMessage; canModerate?: boolean } = {}) {
  const fixture = TestBed.createComponent(MessageBubble);
  fixture.componentRef.setInput('message', value);
  fixture.componentRef.setInput('myId', ME);
  if (inputs.replyTo) {
    fixture.componentRef.setInput('replyTo', inputs.replyTo);
  }
  fixture.componentRef.setInput('canModerate', inputs.canModerate ?? false);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

/** The labels of the message's action menu, once opened (the quick reactions aside). */
async function menuItems(element: HTMLElement): Promise<string[]> {
  element.querySelector<HTMLButtonElement>('button.actions')?.click();
  await TestBed.inject(ApplicationRef).whenStable();
  return [...document.querySelectorAll('.mat-mdc-menu-panel button[mat-menu-item]:not(.menu-reaction)')].map(
    (item) => item.textContent?.trim() ?? '',
  );
}

describe('MessageBubble', () => {
  beforeEach(() => TestBed.configureTestingModule({ imports: [MatIconTestingModule] }));
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => overlay.remove()));

  it('shows the sender, the time and the markdown content', async () => {
    const element = await render(message());

    expect(element.querySelector('.sender')?.textContent).toBe('Grace Hopper');
    expect(element.querySelector('.content strong')?.textContent).toBe('up');
    expect(element.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-02T10:00:00.000Z');
  });

  it('marks an edited message, and shows a deleted one as a placeholder without its content or actions', async () => {
    expect((await render(message({ editedAt: '2026-03-02T10:05:00.000Z' }))).textContent).toContain('(edited)');

    const deleted = await render(message({ content: '', deletedAt: '2026-03-02T10:06:00.000Z' }));
    expect(deleted.textContent).toContain('This message was deleted.');
    expect(deleted.querySelector('.content')).toBeNull();
    expect(deleted.querySelector('button.actions')).toBeNull();
  });

  it('quotes the message it replies to', async () => {
    const element = await render(message({ replyToId: 'm0' }), {
      replyTo: message({ id: 'm0', content: 'What about Parkside?', sender: { id: ME, displayName: 'Ada' } }),
    });

    expect(element.querySelector('.quote')?.textContent?.trim()).toBe('You: What about Parkside?');
  });

  it('counts reactions and marks those of the user', async () => {
    const element = await render(
      message({
        reactions: [
          { emoji: '👍', userIds: [ME, 'user-3'] },
          { emoji: '🎉', userIds: ['user-3'] },
        ],
      }),
    );

    const reactions = [...element.querySelectorAll<HTMLButtonElement>('.reaction')];
    expect(reactions.map((reaction) => reaction.textContent?.trim())).toEqual(['👍 2', '🎉 1']);
    expect(reactions.map((reaction) => reaction.getAttribute('aria-pressed'))).toEqual(['true', 'false']);
  });

  it('offers edit and delete on the user’s own messages', async () => {
    const mine = await render(message({ sender: { id: ME, displayName: 'Ada' } }));
    expect(await menuItems(mine)).toEqual(['Reply', 'Edit', 'Delete']);
  });

  it('offers delete on anyone’s message to an admin, and neither edit nor delete to others', async () => {
    expect(await menuItems(await render(message(), { canModerate: true }))).toEqual(['Reply', 'Delete']);
  });

  it('offers only a reply on someone else’s message', async () => {
    expect(await menuItems(await render(message()))).toEqual(['Reply']);
  });
});
