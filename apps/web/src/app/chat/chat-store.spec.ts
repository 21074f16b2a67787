import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ChatApi, type ConversationDto } from '@ownerdash/api-client';
import type { ChatMessage } from '@ownerdash/contracts';
import { of } from 'rxjs';
import { TEST_USER } from '../../testing/auth-fixtures';
import { FakeChatSocket } from '../../testing/fake-chat-socket';
import { SessionStore } from '../auth/session.store';
import { NOW } from '../shared/clock';
import { CHAT_CONNECT_WHEN, CHAT_SOCKET_FACTORY } from './chat-connection';
import { ChatStore } from './chat-store';

const COLLEAGUE = { id: 'user-2', displayName: 'Grace Hopper' };

function message(seq: number, sender = COLLEAGUE, content = `message ${seq}`): ChatMessage {
  return {
    id: `m${seq}`,
    conversationId: 'c1',
    seq,
    clientMessageId: `client-${seq}`,
    sender,
    content,
    replyToId: null,
    reactions: [],
    createdAt: '2026-03-02T10:00:00.000Z',
    editedAt: null,
    deletedAt: null,
  };
}

function conversation(lastSeq: number): ConversationDto {
  return {
    id: 'c1',
    type: 'direct',
    title: COLLEAGUE.displayName,
    name: null,
    propertyId: null,
    entityType: null,
    entityId: null,
    peerId: COLLEAGUE.id,
    createdAt: '2026-03-01T09:00:00.000Z',
    lastActivityAt: '2026-03-02T10:00:00.000Z',
    lastMessage: null,
    lastReadSeq: 0,
    lastSeq,
    unreadCount: 0,
  };
}

/** The server's messages of c1; history pages and syncs answer from it. */
let serverMessages: ChatMessage[];

async function setUp() {
  const socket = new FakeChatSocket();
  serverMessages = [message(1), message(2)];
  socket.respond('hub:sync', (payload: { conversations: { id: string; afterSeq: number }[] }) => ({
    ok: true,
    conversations: payload.conversations.map(({ id, afterSeq }) => ({
      id,
      messages: serverMessages.filter((held) => held.seq > afterSeq),
      hasMore: false,
      removed: false,
    })),
  }));
  const api = {
    listConversations: jest.fn(() =>
      of({ items: [conversation(serverMessages.length)], total: 1, page: 1, pageSize: 30 }),
    ),
    getUnreadCount: jest.fn(() => of({ total: 0, conversations: { c1: 0 } })),
    getConversation: jest.fn(() => of({ ...conversation(serverMessages.length), members: [] })),
    // The newest page holds the last two messages; `before` pages further back, two at a time.
    listMessages: jest.fn(({ before }: { before?: number }) => {
      const older = serverMessages.filter((held) => before === undefined || held.seq < before);
      const items = older.slice(-2);
      return of({ items, hasMore: older.length > items.length });
    }),
  };
  const session = {
    signedIn: signal(true),
    user: signal(TEST_USER),
    accessToken: signal('access-1'),
    isAdmin: signal(false),
    refreshAccessToken: jest.fn(() => of('access-2')),
  };
  TestBed.configureTestingModule({
    providers: [
      { provide: CHAT_SOCKET_FACTORY, useValue: () => Promise.resolve(socket.asSocket()) },
      { provide: CHAT_CONNECT_WHEN, useValue: (open: () => void) => open() },
      { provide: ChatApi, useValue: api },
      { provide: SessionStore, useValue: session },
      { provide: NOW, useValue: () => Date.parse('2026-03-02T12:00:00.000Z') },
    ],
  });
  const store = TestBed.inject(ChatStore);
  TestBed.tick();
  await settle();
  return { store, socket, api };
}

/**
 * Lets the store's promise chains (REST answers, acknowledgements) run to their end: the fakes
 * answer at once, so every step is a microtask, and all of them run before the next task.
 */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const seqs = (messages: readonly ChatMessage[]) => messages.map((held) => held.seq);

describe('ChatStore', () => {
  it('keeps a message written offline as sending, and sends it once when the connection is back', async () => {
    const { store, socket } = await setUp();
    let attempts = 0;
    socket.respond('hub:send_message', (payload: { clientMessageId: string; content: string }) => {
      attempts += 1;
      // The first acknowledgement is lost on the way back: the retry must carry the same id.
      if (attempts === 1) {
        return 'lost';
      }
      return { ok: true, duplicate: true, message: { ...message(3, TEST_USER, payload.content) } };
    });

    store.send('c1', 'Written offline', null);
    await settle();
    expect(store.outbox.all().map((entry) => entry.status)).toEqual(['sending']);
    expect(socket.sentOf('hub:send_message')).toEqual([]);

    socket.comeOnline();
    await settle();

    const sent = socket.sentOf('hub:send_message') as { clientMessageId: string }[];
    expect(sent).toHaveLength(2);
    expect(sent[0].clientMessageId).toBe(sent[1].clientMessageId);
    expect(store.outbox.all()).toEqual([]);
  });

  it('marks a refused message failed with the reason, and sends it again on retry', async () => {
    const { store, socket } = await setUp();
    socket.comeOnline();
    await settle();
    socket.respond('hub:send_message', () => ({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: 'content must be shorter' },
    }));

    store.send('c1', 'Too long', null);
    await settle();
    const [failed] = store.outbox.all();
    expect(failed).toMatchObject({ status: 'failed', error: 'content must be shorter' });

    socket.respond('hub:send_message', () => ({ ok: true, duplicate: false, message: message(3, TEST_USER) }));
    store.retrySend(failed);
    await settle();
    expect(store.outbox.all()).toEqual([]);
  });

  it('catches an open thread up after a reconnection, without repeating a message', async () => {
    const { store, socket } = await setUp();
    socket.comeOnline();
    const thread = store.open('c1');
    await settle();
    expect(seqs(thread.messages())).toEqual([1, 2]);

    socket.dropConnection();
    serverMessages.push(message(3), message(4));
    socket.comeOnline();
    await settle();

    expect(seqs(thread.messages())).toEqual([1, 2, 3, 4]);
    const syncs = socket.sentOf('hub:sync') as { conversations: { afterSeq: number }[] }[];
    expect(syncs.at(-1)?.conversations).toEqual([{ id: 'c1', afterSeq: 2 }]);
  });

  it('fills a gap when a live message skips ahead', async () => {
    const { store, socket } = await setUp();
    socket.comeOnline();
    const thread = store.open('c1');
    await settle();

    serverMessages.push(message(3), message(4));
    socket.fire('hub:message_created', message(4));
    await settle();

    expect(seqs(thread.messages())).toEqual([1, 2, 3, 4]);
  });

  it('counts a colleague’s message as unread until the user reads it on any device', async () => {
    const { store, socket } = await setUp();
    socket.comeOnline();
    await settle();

    socket.fire('hub:message_created', message(3));
    socket.fire('hub:message_created', message(3));
    expect(store.inbox.unreadTotal()).toBe(1);

    socket.fire('hub:read', { conversationId: 'c1', userId: TEST_USER.id, seq: 3 });
    await settle();
    expect(store.inbox.unreadTotal()).toBe(0);
  });

  it('announces a colleague’s live message once, and not the user’s own', async () => {
    const { store, socket } = await setUp();
    socket.comeOnline();
    await settle();
    const arrived: number[] = [];
    store.arrived$.subscribe(({ message: arrival }) => arrived.push(arrival.seq));

    socket.fire('hub:message_created', message(3));
    socket.fire('hub:message_created', message(3));
    socket.fire('hub:message_created', message(4, TEST_USER));

    expect(arrived).toEqual([3]);
  });

  it('asks who of the people listed is online after connecting, and follows presence events', async () => {
    const { store, socket } = await setUp();
    socket.respond('hub:presence_query', () => ({ ok: true, online: [COLLEAGUE.id] }));

    socket.comeOnline();
    await settle();
    expect(socket.sentOf('hub:presence_query')).toEqual([{ userIds: [COLLEAGUE.id] }]);
    expect(store.online().has(COLLEAGUE.id)).toBe(true);

    socket.fire('hub:presence', { userId: COLLEAGUE.id, status: 'offline' });
    expect(store.online().has(COLLEAGUE.id)).toBe(false);
  });

  it('loads older history page by page until the thread holds a message far back', async () => {
    const { store, socket } = await setUp();
    serverMessages = Array.from({ length: 9 }, (_, index) => message(index + 1));
    socket.comeOnline();
    const thread = store.open('c1');
    await settle();
    expect(seqs(thread.messages())).toEqual([8, 9]);

    await store.loadBackTo(thread, 3);

    expect(seqs(thread.messages())).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(thread.hasOlder()).toBe(true);
  });
});
