import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { type NotificationDto, NotificationsApi } from '@ownerdash/api-client';
import { of } from 'rxjs';
import { TEST_USER } from '../../testing/auth-fixtures';
import { FakeChatSocket } from '../../testing/fake-chat-socket';
import { SessionStore } from '../auth/session.store';
import { CHAT_CONNECT_WHEN, CHAT_SOCKET_FACTORY } from '../chat/chat-connection';
import { NotificationCenter } from './notification-center';

function notification(id: string, readAt: string | null = null): NotificationDto {
  return {
    id,
    type: 'mention',
    conversationId: 'c1',
    messageId: 'm1',
    messageSeq: 4,
    actor: { id: 'user-2', displayName: 'Grace Hopper' },
    createdAt: '2026-03-02T10:00:00.000Z',
    readAt,
  };
}

async function setUp() {
  const socket = new FakeChatSocket();
  const api = {
    listNotifications: jest.fn(() => of({ items: [notification('n1')], nextCursor: null })),
    getNotificationUnreadCount: jest.fn(() => of({ count: 1 })),
    markNotificationsRead: jest.fn(() => of(undefined)),
  };
  TestBed.configureTestingModule({
    providers: [
      { provide: CHAT_SOCKET_FACTORY, useValue: () => Promise.resolve(socket.asSocket()) },
      { provide: CHAT_CONNECT_WHEN, useValue: (open: () => void) => open() },
      { provide: NotificationsApi, useValue: api },
      {
        provide: SessionStore,
        useValue: {
          signedIn: signal(true),
          user: signal(TEST_USER),
          accessToken: signal('access-1'),
          refreshAccessToken: () => of('access-2'),
        },
      },
    ],
  });
  const center = TestBed.inject(NotificationCenter);
  TestBed.tick();
  await settle();
  socket.comeOnline();
  await settle();
  return { center, socket, api };
}

/** The fakes answer at once: every step is a microtask, all run before the next task. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe('NotificationCenter', () => {
  it('loads on connecting, and counts each live notification once', async () => {
    const { center, socket } = await setUp();
    expect(center.unread()).toBe(1);

    socket.fire('notification:created', notification('n2'));
    socket.fire('notification:created', notification('n2'));

    expect(center.unread()).toBe(2);
    expect(center.items().map((item) => item.id)).toEqual(['n2', 'n1']);
  });

  it('marks one or all read on the server and at once on the bell', async () => {
    const { center, api } = await setUp();

    await center.markRead(center.items()[0] as NotificationDto);
    expect(center.unread()).toBe(0);
    expect(api.markNotificationsRead).toHaveBeenCalledWith({ body: { ids: ['n1'] } });

    await center.markAllRead();
    expect(api.markNotificationsRead).toHaveBeenLastCalledWith({ body: { all: true } });
    expect(center.items().every((item) => item.readAt !== null)).toBe(true);
  });
});
