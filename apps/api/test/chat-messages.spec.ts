import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { colleague, history, sendMessage, startConversation } from './support/chat';
import { bearer, SignedIn, signIn } from './support/sessions';
import { KAIROI_ADMIN, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

describe('chat messages', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let ada: SignedIn;
  let grace: SignedIn;
  let linus: SignedIn;
  let kairoiAdmin: SignedIn;
  let groupId: string;

  const http = () => request(testApp.server);

  /** A group of Ada (owner), Grace and the PHH admin, with no message yet. */
  async function newGroup(name: string): Promise<string> {
    const group = await startConversation(testApp, ada, {
      type: 'group',
      name,
      memberIds: [grace.userId, admin.userId],
    });
    return group.id;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signIn(testApp, PHH_ADMIN);
    kairoiAdmin = await signIn(testApp, KAIROI_ADMIN);
    [ada, grace, linus] = await Promise.all(['ada', 'grace', 'linus'].map((name) => colleague(testApp, name)));
    groupId = await newGroup('Asset management');
  });

  afterAll(() => testApp.close());

  describe('sending', () => {
    it('stores the message, trimmed, with the next seq, and answers it with 201', async () => {
      const conversationId = await newGroup('Sending');
      const clientMessageId = randomUUID();

      const response = await sendMessage(testApp, ada, conversationId, '  Occupancy is **up**.  ', {
        clientMessageId,
      }).expect(201);

      expect(response.body).toEqual({
        id: expect.any(String),
        conversationId,
        seq: 1,
        clientMessageId,
        sender: { id: ada.userId, displayName: 'ada' },
        content: 'Occupancy is **up**.',
        replyToId: null,
        reactions: [],
        createdAt: expect.any(String),
        editedAt: null,
        deletedAt: null,
      });
      const next = await sendMessage(testApp, grace, conversationId, 'Great', { replyToId: response.body.id }).expect(
        201,
      );
      expect(next.body).toMatchObject({ seq: 2, replyToId: response.body.id });
    });

    it('returns the message already sent, with 200, when the same clientMessageId comes again', async () => {
      const conversationId = await newGroup('Retries');
      const clientMessageId = randomUUID();

      const first = await sendMessage(testApp, ada, conversationId, 'Once', { clientMessageId }).expect(201);
      const retry = await sendMessage(testApp, ada, conversationId, 'Once', { clientMessageId }).expect(200);

      expect(retry.body).toEqual(first.body);
      expect((await history(testApp, grace, conversationId)).items.map((message) => message.seq)).toEqual([1]);
    });

    it('stores one message when the same send arrives five times at once', async () => {
      const conversationId = await newGroup('Concurrent retries');
      const clientMessageId = randomUUID();

      const responses = await Promise.all(
        Array.from({ length: 5 }, () => sendMessage(testApp, ada, conversationId, 'Exactly once', { clientMessageId })),
      );

      expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 201]);
      expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
      expect((await history(testApp, ada, conversationId)).items).toHaveLength(1);
    });

    it('refuses a clientMessageId the sender used in another conversation', async () => {
      const clientMessageId = randomUUID();
      await sendMessage(testApp, ada, groupId, 'Here', { clientMessageId }).expect(201);
      const other = await newGroup('Elsewhere');

      const response = await sendMessage(testApp, ada, other, 'There', { clientMessageId }).expect(409);

      expect(response.body.code).toBe('CLIENT_MESSAGE_ID_TAKEN');
      expect((await history(testApp, ada, other)).items).toEqual([]);
    });

    it('numbers the messages of five concurrent senders 1..N, each sender’s in the order sent', async () => {
      const writers = [ada, grace, admin, ...(await Promise.all([colleague(testApp, 'w4'), colleague(testApp, 'w5')]))];
      const group = await startConversation(testApp, ada, {
        type: 'group',
        name: 'Busy',
        memberIds: writers.map((writer) => writer.userId),
      });
      const perWriter = 12;

      await Promise.all(
        writers.map(async (writer, index) => {
          for (let n = 1; n <= perWriter; n += 1) {
            await sendMessage(testApp, writer, group.id, `${index}:${n}`).expect(201);
          }
        }),
      );

      const { items } = await history(testApp, ada, group.id, { limit: 100 });
      expect(items.map((message) => message.seq)).toEqual(
        Array.from({ length: writers.length * perWriter }, (_, index) => index + 1),
      );
      for (let index = 0; index < writers.length; index += 1) {
        const own = items.filter((message) => message.content.startsWith(`${index}:`));
        expect(own.map((message) => message.content)).toEqual(
          Array.from({ length: perWriter }, (_, n) => `${index}:${n + 1}`),
        );
      }
    });

    it('is only for those who may read the conversation', async () => {
      await sendMessage(testApp, linus, groupId, 'Let me in').expect(404);
      await sendMessage(testApp, kairoiAdmin, groupId, 'Let me in').expect(404);
      await http().get(`/api/chat/conversations/${groupId}/messages`).set(bearer(linus)).expect(404);
    });

    it('says what is wrong with bad input and stores nothing', async () => {
      const conversationId = await newGroup('Bad input');
      const send = (body: object) =>
        http().post(`/api/chat/conversations/${conversationId}/messages`).set(bearer(ada)).send(body);
      const id = () => randomUUID();
      const cases: [object, string][] = [
        [{ content: '   ', clientMessageId: id() }, 'content must not be blank'],
        [{ content: 42, clientMessageId: id() }, 'content must be text'],
        [{ content: 'x'.repeat(10_001), clientMessageId: id() }, 'content must be at most 10000 characters long'],
        // 5,001 hearts with their variation selector are 10,002 characters to PostgreSQL.
        [{ content: '❤️'.repeat(5_001), clientMessageId: id() }, 'content must be at most 10000 characters long'],
        [{ content: 'Hi' }, 'clientMessageId must be text'],
        [{ content: 'Hi', clientMessageId: 'has spaces' }, 'clientMessageId may hold only letters, digits, - and _'],
        [{ content: 'Hi', clientMessageId: 'x'.repeat(65) }, 'clientMessageId must be shorter than or equal to 64'],
        [{ content: 'Hi', clientMessageId: id(), replyToId: 'nope' }, 'replyToId must be a UUID'],
        [
          { content: 'Hi', clientMessageId: id(), replyToId: randomUUID() },
          'replyToId must be a message of this conversation',
        ],
      ];
      for (const [body, message] of cases) {
        const response = await send(body);
        expect({ status: response.status, message: response.body.message }).toEqual({
          status: 400,
          message: expect.stringContaining(message),
        });
      }
      expect((await history(testApp, ada, conversationId)).items).toEqual([]);
    });

    it('takes the longest message there may be, counted as PostgreSQL counts', async () => {
      const conversationId = await newGroup('Long');

      const hearts = await sendMessage(testApp, ada, conversationId, '❤️'.repeat(5_000)).expect(201);
      const thumbs = await sendMessage(testApp, ada, conversationId, '👍'.repeat(10_000)).expect(201);

      expect([...hearts.body.content]).toHaveLength(10_000);
      expect([...thumbs.body.content]).toHaveLength(10_000);
    });
  });

  describe('history', () => {
    let conversationId: string;

    beforeAll(async () => {
      conversationId = await newGroup('History');
      for (let n = 1; n <= 120; n += 1) {
        await sendMessage(testApp, n % 2 ? ada : grace, conversationId, `message ${n}`).expect(201);
      }
    });

    const seqs = (page: { items: { seq: number }[] }) => page.items.map((message) => message.seq);
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

    it('gives the newest page, ascending, saying older messages precede it', async () => {
      const page = await history(testApp, grace, conversationId);

      expect(seqs(page)).toEqual(range(71, 120));
      expect(page.hasMore).toBe(true);
    });

    it('scrolls up page by page until the first message', async () => {
      const older = await history(testApp, grace, conversationId, { before: 71 });
      const oldest = await history(testApp, grace, conversationId, { before: 21 });

      expect(seqs(older)).toEqual(range(21, 70));
      expect(older.hasMore).toBe(true);
      expect(seqs(oldest)).toEqual(range(1, 20));
      expect(oldest.hasMore).toBe(false);
    });

    it('catches up after a seq, however far back, page by page and then to the end', async () => {
      const first = await history(testApp, grace, conversationId, { after: 0, limit: 100 });
      const rest = await history(testApp, grace, conversationId, { after: 100, limit: 100 });

      expect(seqs(first)).toEqual(range(1, 100));
      expect(first.hasMore).toBe(true);
      expect(seqs(rest)).toEqual(range(101, 120));
      expect(rest.hasMore).toBe(false);
    });

    it('refuses pages over 100 and seqs that are not whole numbers', async () => {
      const page = (query: Record<string, string | number>) =>
        http().get(`/api/chat/conversations/${conversationId}/messages`).query(query).set(bearer(grace));

      expect((await page({ limit: 101 }).expect(400)).body.message).toContain('limit must not be greater than 100');
      expect((await page({ after: 'x' }).expect(400)).body.message).toContain('after must be a whole number');
      expect((await page({ before: 0 }).expect(400)).body.message).toContain('before must not be less than 1');
    });
  });

  describe('edits, deletions and reactions', () => {
    let conversationId: string;

    beforeAll(async () => {
      conversationId = await newGroup('Changes');
    });

    const edit = (who: SignedIn, id: string, content: unknown) =>
      http().patch(`/api/chat/messages/${id}`).set(bearer(who)).send({ content });
    const remove = (who: SignedIn, id: string) => http().delete(`/api/chat/messages/${id}`).set(bearer(who));
    const react = (who: SignedIn, id: string, emoji: string, on = true) =>
      http()
        [on ? 'put' : 'delete'](`/api/chat/messages/${id}/reactions/${encodeURIComponent(emoji)}`)
        .set(bearer(who));

    it('lets the sender edit, marking the message edited; no one else', async () => {
      const sent = await sendMessage(testApp, ada, conversationId, 'Draft').expect(201);

      const edited = await edit(ada, sent.body.id, ' Final ').expect(200);
      expect(edited.body).toMatchObject({ content: 'Final', seq: sent.body.seq, editedAt: expect.any(String) });
      const refused = await edit(grace, sent.body.id, 'Mine now').expect(403);
      expect(refused.body).toMatchObject({
        code: 'NOT_MESSAGE_SENDER',
        message: 'Only the sender can edit a message.',
      });
      await edit(linus, sent.body.id, 'Outsider').expect(404);
      await edit(ada, sent.body.id, '').expect(400);
    });

    it('keeps a deleted message in its place, without content or reactions; the sender or an admin deletes', async () => {
      const sent = await sendMessage(testApp, grace, conversationId, 'Oops').expect(201);
      await react(ada, sent.body.id, '👍').expect(200);

      const refused = await remove(ada, sent.body.id).expect(403);
      expect(refused.body.message).toBe('Only the sender or an administrator can delete a message.');
      const deleted = await remove(admin, sent.body.id).expect(200);
      expect(deleted.body).toMatchObject({
        seq: sent.body.seq,
        content: '',
        reactions: [],
        deletedAt: expect.any(String),
      });
      const listed = (await history(testApp, ada, conversationId)).items.find(
        (message) => message.seq === sent.body.seq,
      );
      expect(listed).toMatchObject({ content: '', deletedAt: expect.any(String) });
      await edit(grace, sent.body.id, 'Undo').expect(409);

      const own = await sendMessage(testApp, grace, conversationId, 'Mine').expect(201);
      await remove(grace, own.body.id).expect(200);
    });

    it('counts one reaction of each emoji per person, in the order given', async () => {
      const sent = await sendMessage(testApp, ada, conversationId, 'React to me').expect(201);

      await react(grace, sent.body.id, '👍').expect(200);
      await react(grace, sent.body.id, '👍').expect(200);
      await react(ada, sent.body.id, '🎉').expect(200);
      const both = await react(ada, sent.body.id, '👍').expect(200);
      expect(both.body.reactions).toEqual([
        { emoji: '👍', userIds: [grace.userId, ada.userId] },
        { emoji: '🎉', userIds: [ada.userId] },
      ]);

      const taken = await react(grace, sent.body.id, '👍', false).expect(200);
      // Ordered by each emoji's earliest reaction still standing: Ada's 🎉 came before her 👍.
      expect(taken.body.reactions).toEqual([
        { emoji: '🎉', userIds: [ada.userId] },
        { emoji: '👍', userIds: [ada.userId] },
      ]);
      await react(linus, sent.body.id, '👍').expect(404);
    });

    it('takes emoji with modifiers and joiners, and nothing that is not an emoji', async () => {
      const sent = await sendMessage(testApp, ada, conversationId, 'Emoji').expect(201);

      for (const emoji of ['👍🏽', '👩‍💻', '🇺🇸', '❤️', '👨‍👩‍👧‍👦']) {
        await react(grace, sent.body.id, emoji).expect(200);
      }
      for (const text of ['ok', '123', '<b>', '👍👍', '👍'.repeat(40)]) {
        const response = await react(grace, sent.body.id, text).expect(400);
        expect(response.body.message).toBe('emoji must be one emoji, such as 👍');
      }
    });

    it('answers 404 for a message that does not exist', async () => {
      await edit(ada, randomUUID(), 'Hello').expect(404);
      await remove(ada, randomUUID()).expect(404);
      await http().delete('/api/chat/messages/not-a-uuid').set(bearer(ada)).expect(400);
    });
  });

  describe('read state', () => {
    const markRead = (who: SignedIn, conversationId: string, seq: unknown) =>
      http().post(`/api/chat/conversations/${conversationId}/read`).set(bearer(who)).send({ seq });
    const unread = async (who: SignedIn) =>
      (await http().get('/api/chat/unread-count').set(bearer(who)).expect(200)).body as {
        total: number;
        conversations: Record<string, number>;
      };

    it('counts the messages of others after the last one read, moving only forward and never past the end', async () => {
      const reader = await colleague(testApp, 'reader');
      const group = await startConversation(testApp, ada, {
        type: 'group',
        name: 'Unread',
        memberIds: [reader.userId],
      });
      for (const content of ['one', 'two', 'three']) {
        await sendMessage(testApp, ada, group.id, content).expect(201);
      }
      await sendMessage(testApp, reader, group.id, 'my own').expect(201);
      await sendMessage(testApp, ada, group.id, 'five').expect(201);

      // Writing read everything up to the reader's own message: only "five" is unread.
      expect(await unread(reader)).toEqual({ total: 1, conversations: { [group.id]: 1 } });
      await markRead(reader, group.id, 5).expect(204);
      expect(await unread(reader)).toEqual({ total: 0, conversations: {} });

      await markRead(reader, group.id, 2).expect(204);
      await markRead(reader, group.id, 999).expect(204);
      const details = await http().get(`/api/chat/conversations/${group.id}`).set(bearer(reader)).expect(200);
      expect(details.body).toMatchObject({ lastSeq: 5, lastReadSeq: 5, unreadCount: 0 });
    });

    it('is one state for all of a person’s devices', async () => {
      const phone = await colleague(testApp, 'twodevices');
      const laptop = await signIn(testApp, 'twodevices@phh.example', 'colleague passphrase 2026');
      const direct = await startConversation(testApp, ada, { type: 'direct', memberIds: [phone.userId] });
      await sendMessage(testApp, ada, direct.id, 'ping').expect(201);
      expect((await unread(laptop)).total).toBe(1);

      await markRead(phone, direct.id, 1).expect(204);

      expect((await unread(laptop)).total).toBe(0);
    });

    it('refuses a seq that is not a whole number, and conversations the reader may not read', async () => {
      await markRead(ada, groupId, -1).expect(400);
      await markRead(ada, groupId, 'last').expect(400);
      await markRead(linus, groupId, 1).expect(404);
    });
  });
});

describe('chat send rate', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ config: { chatSendRate: 1, chatSendBurst: 3 } });
  });

  afterAll(() => testApp.close());

  it('refuses sends over the rate with 429 and Retry-After, storing nothing more, and limits no one else', async () => {
    const [ada, grace] = await Promise.all(['ada', 'grace'].map((name) => colleague(testApp, name)));
    const direct = await startConversation(testApp, ada, { type: 'direct', memberIds: [grace.userId] });

    for (const content of ['one', 'two', 'three']) {
      await sendMessage(testApp, ada, direct.id, content).expect(201);
    }
    const refused = await sendMessage(testApp, ada, direct.id, 'four').expect(429);

    expect(refused.body).toMatchObject({
      code: 'CHAT_RATE_LIMITED',
      message: 'You are sending messages too fast. Wait a moment and send again.',
    });
    expect(refused.headers['retry-after']).toBe('1');
    await sendMessage(testApp, grace, direct.id, 'I can still write').expect(201);
    const { items } = await history(testApp, grace, direct.id);
    expect(items.map((message) => message.content)).toEqual(['one', 'two', 'three', 'I can still write']);
  });
});
