import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter } from '@angular/router';
import { ChatApi } from '@ownerdash/api-client';
import type { ChatMessage } from '@ownerdash/contracts';
import { of } from 'rxjs';
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
  beforeEach(() =>
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [provideRouter([]), { provide: ChatApi, useValue: { currentReferences: () => of({ items: [] }) } }],
    }),
  );
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

  it('shows a KPI reference as it was when shared, linking to the dashboard with the shared state', async () => {
    const element = await render(
      message({
        reference: {
          type: 'kpi',
          id: 'parkside:occupancy_pct',
          state: { propertyIds: ['p-1'], from: '2026-02-01', to: '2026-02-28' },
          label: 'Occupancy · Parkside',
          snapshot: {
            metric: 'occupancy_pct',
            label: 'Occupancy',
            value: 92.7,
            unitOfMeasure: '%',
            change30d: -2.6,
            asOf: '2026-02-28',
            takenAt: '2026-03-02T10:00:00.000Z',
          },
        },
      }),
    );

    const card = element.querySelector<HTMLAnchorElement>('od-reference-card a.card');
    expect(card?.querySelector('.label')?.textContent).toBe('Occupancy · Parkside');
    expect(card?.querySelector('.value')?.textContent).toBe('92.7%');
    expect(card?.querySelector('.detail')?.textContent).toBe('−2.6 pts in 30 days');
    expect(card?.querySelector('.as-of')?.textContent).toBe('Data of Feb 28, 2026, when shared');
    expect(card?.getAttribute('href')).toBe('/dashboard/overview?properties=p-1&from=2026-02-01&to=2026-02-28');
  });

  it('shows a property reference with its occupancy, place and units', async () => {
    const element = await render(
      message({
        reference: {
          type: 'property',
          id: 'parkside',
          state: {},
          label: 'Parkside',
          snapshot: {
            name: 'Parkside',
            city: 'Austin',
            state: 'TX',
            units: 240,
            occupancyPct: 95.4,
            leasedPct: 96.1,
            asOf: null,
            takenAt: '2026-03-02T10:00:00.000Z',
          },
        },
      }),
    );

    const card = element.querySelector('od-reference-card a.card');
    expect(card?.querySelector('.value')?.textContent).toBe('95.4% occupied');
    expect(card?.querySelector('.detail')?.textContent).toBe('Austin, TX · 240 units');
    expect(card?.querySelector('.as-of')?.textContent).toBe('No data yet when shared');
    expect(card?.getAttribute('href')).toBe('/dashboard/overview');
  });

  it('shows a restricted reference as an item the reader may not see, with no link', async () => {
    const element = await render(message({ reference: { type: 'kpi', restricted: true } }));

    const card = element.querySelector('od-reference-card');
    expect(card?.textContent?.trim()).toBe("You don't have access to this item");
    expect(card?.querySelector('a')).toBeNull();
  });
});
