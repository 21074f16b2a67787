import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import {
  type ChatMessage,
  type ChatNotification,
  DEFAULT_NOTIFICATION_PREFERENCES,
  mentionOf,
  type NotificationPreferences,
} from '@ownerdash/contracts';
import { Subject } from 'rxjs';
import { NotificationCenter } from '../notifications/notification-center';
import { NotificationSettings } from '../notifications/notification-preferences';
import { LazySnackBar } from '../shared/lazy-snack-bar';
import { ChatDrawerState } from './chat-drawer-state';
import { ChatInbox } from './chat-inbox';
import { ChatStore } from './chat-store';
import { ChatToasts } from './chat-toasts';

const ME = '3b1f0c9e-6d2a-4c8b-9e7f-1a2b3c4d5e6f';

function message(content: string): ChatMessage {
  return {
    id: 'm-1',
    conversationId: 'c-1',
    seq: 7,
    clientMessageId: 'x-1',
    sender: { id: 'u-ada', displayName: 'Ada Lovelace' },
    content,
    replyToId: null,
    reactions: [],
    createdAt: '2026-11-20T09:00:00.000Z',
    editedAt: null,
    deletedAt: null,
  };
}

const MENTION: ChatNotification = {
  id: 'n-1',
  type: 'mention',
  conversationId: 'c-1',
  messageId: 'm-1',
  messageSeq: 7,
  actor: { id: 'u-ada', displayName: 'Ada Lovelace' },
  createdAt: '2026-11-20T09:00:00.000Z',
  readAt: null,
};

/** The toast opens once its code is there: a resolved promise, so one turn of the microtask queue. */
const toastShown = () => Promise.resolve();

function setUp(viewing: boolean) {
  const arrived = new Subject<{ message: ChatMessage; conversationTitle: string }>();
  const notified = new Subject<ChatNotification>();
  const preferences = signal<NotificationPreferences>(DEFAULT_NOTIFICATION_PREFERENCES);
  const actions = new Subject<void>();
  const snackBar = { open: jest.fn(() => Promise.resolve({ onAction: () => actions })) };
  const router = { url: '/dashboard', navigate: jest.fn(() => Promise.resolve(true)) };
  const center = { arrived$: notified, markRead: jest.fn(() => Promise.resolve()) };
  const drawer = { open: jest.fn() };
  TestBed.configureTestingModule({
    providers: [
      { provide: ChatStore, useValue: { arrived$: arrived, myId: () => ME, isViewing: () => viewing } },
      { provide: ChatInbox, useValue: { conversations: () => [{ id: 'c-1', title: 'Q3 budget' }] } },
      { provide: NotificationCenter, useValue: center },
      { provide: NotificationSettings, useValue: { preferences } },
      { provide: LazySnackBar, useValue: snackBar },
      { provide: Router, useValue: router },
      { provide: ChatDrawerState, useValue: drawer },
    ],
  });
  const toasts = TestBed.inject(ChatToasts);
  const destroyed: (() => void)[] = [];
  toasts.start({ onDestroy: (callback: () => void) => destroyed.push(callback) } as never);
  const shown = () => snackBar.open.mock.calls.map((call) => (call as unknown as [string])[0]);
  return { arrived, notified, preferences, actions, shown, router, center, drawer };
}

describe('ChatToasts', () => {
  it('toasts a mention even in the conversation on screen, opening the chat page at the message', async () => {
    const { arrived, notified, actions, shown, router, center } = setUp(true);

    arrived.next({
      message: message(`Over to you, ${mentionOf({ id: ME, displayName: 'Me' })}`),
      conversationTitle: 'Q3 budget',
    });
    notified.next(MENTION);
    await toastShown();
    actions.next();

    expect(shown()).toEqual(['Ada Lovelace mentioned you in Q3 budget']);
    expect(router.navigate).toHaveBeenCalledWith(['/chat', 'c-1'], { queryParams: { seq: 7 } });
    expect(center.markRead).toHaveBeenCalledWith(MENTION);
  });

  it('toasts a plain message off screen, and a message mentioning the user only once, as the mention', async () => {
    const { arrived, notified, actions, shown, drawer } = setUp(false);

    arrived.next({ message: message('Numbers are in'), conversationTitle: 'Q3 budget' });
    await toastShown();
    actions.next();
    arrived.next({
      message: message(`And you, ${mentionOf({ id: ME, displayName: 'Me' })}`),
      conversationTitle: 'Q3 budget',
    });
    notified.next(MENTION);
    notified.next({ ...MENTION, id: 'n-2', type: 'message_received' });

    expect(shown()).toEqual(['Ada Lovelace: Numbers are in in Q3 budget', 'Ada Lovelace mentioned you in Q3 budget']);
    expect(drawer.open).toHaveBeenCalledWith('c-1');
  });

  it('shows no toast at all, mentions neither, when the user turned toasts off', () => {
    const { arrived, notified, preferences, shown } = setUp(false);
    preferences.set({ chatNotifications: true, toasts: false });

    arrived.next({ message: message('Numbers are in'), conversationTitle: 'Q3 budget' });
    notified.next(MENTION);

    expect(shown()).toEqual([]);
  });
});
