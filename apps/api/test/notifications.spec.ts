import { ChatNotification, mentionOf } from '@ownerdash/contracts';
import request from 'supertest';
import { colleague, sendMessage, startConversation } from './support/chat';
import { connect, recorder } from './support/chat-sockets';
import { bearer, SignedIn } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

describe('notifications', () => {
  let testApp: TestApp;
  let ada: SignedIn;
  let grace: SignedIn;
  let linus: SignedIn;
  let margaret: SignedIn;
  let kairoi: SignedIn;
  let group: string;

  const list = async (who: SignedIn, query: Record<string, string | number> = {}) =>
    (await request(testApp.server).get('/api/notifications').query(query).set(bearer(who)).expect(200)).body as {
      items: ChatNotification[];
      nextCursor: string | null;
    };
  const unread = async (who: SignedIn) =>
    (await request(testApp.server).get('/api/notifications/unread-count').set(bearer(who)).expect(200)).body.count;
  const markRead = (who: SignedIn, body: object) =>
    request(testApp.server).post('/api/notifications/read').set(bearer(who)).send(body);

  beforeAll(async () => {
    testApp = await startTestApp();
    [ada, grace, linus, margaret] = await Promise.all(
      ['ada', 'grace', 'linus', 'margaret'].map((name) => colleague(testApp, `notified-${name}`)),
    );
    kairoi = await colleague(testApp, 'notified-kairoi', { organization: 'kairoi' });
    group = (
      await startConversation(testApp, ada, { type: 'group', name: 'Budget', memberIds: [grace.userId, linus.userId] })
    ).id;
  });

  afterAll(() => testApp.close());

  it('tells the people added to a conversation, not the one who added them', async () => {
    expect((await list(grace)).items).toEqual([
      expect.objectContaining({
        type: 'added_to_conversation',
        conversationId: group,
        messageId: null,
        actor: { id: ada.userId, displayName: 'notified-ada' },
        readAt: null,
      }),
    ]);
    expect((await list(ada)).items).toEqual([]);
  });

  it('tells the other members of a message, live on their sockets, and marks mentions as such', async () => {
    const graceSocket = await connect(testApp.url, grace);
    const linusSocket = await connect(testApp.url, linus);
    try {
      const toGrace = recorder(graceSocket, 'notification:created');
      const toLinus = recorder(linusSocket, 'notification:created');
      const content = `Numbers are in, ${mentionOf({ id: linus.userId, displayName: 'Linus' })}`;
      const sent = await sendMessage(testApp, ada, group, content).expect(201);

      await Promise.all([toGrace.until(1), toLinus.until(1)]);
      expect(toGrace.received).toEqual([
        expect.objectContaining({
          type: 'message_received',
          conversationId: group,
          messageId: sent.body.id,
          messageSeq: sent.body.seq,
        }),
      ]);
      expect(toLinus.received).toEqual([
        expect.objectContaining({
          type: 'mention',
          messageId: sent.body.id,
          actor: { id: ada.userId, displayName: 'notified-ada' },
        }),
      ]);
      expect((await list(linus)).items.map((item) => [item.type, item.messageSeq])).toEqual([
        ['mention', sent.body.seq],
        ['added_to_conversation', null],
      ]);
    } finally {
      graceSocket.close();
      linusSocket.close();
    }
  });

  it('notifies nobody of a mention of someone who is not a member, or of another organization', async () => {
    const before = await unread(margaret);
    const beforeKairoi = await unread(kairoi);

    await sendMessage(
      testApp,
      ada,
      group,
      `${mentionOf({ id: margaret.userId, displayName: 'Margaret' })} ${mentionOf({ id: kairoi.userId, displayName: 'K' })}`,
    ).expect(201);

    expect(await unread(margaret)).toBe(before);
    expect(await unread(kairoi)).toBe(beforeKairoi);
  });

  it('skips a muted conversation’s messages, but not its mentions', async () => {
    await testApp.dataSource.query(`UPDATE chat_members SET muted = true WHERE conversation_id = $1 AND user_id = $2`, [
      group,
      grace.userId,
    ]);
    const before = (await list(grace)).items.length;

    await sendMessage(testApp, ada, group, 'Nothing urgent').expect(201);
    await sendMessage(testApp, ada, group, `Urgent, ${mentionOf({ id: grace.userId, displayName: 'Grace' })}`).expect(
      201,
    );

    const items = (await list(grace)).items;
    expect(items.length).toBe(before + 1);
    expect(items[0]?.type).toBe('mention');
  });

  it('counts the unread, marks some or all read, and ignores ids of others', async () => {
    const mine = (await list(linus, { unread: 'true' })).items;
    expect(await unread(linus)).toBe(mine.length);
    const others = (await list(grace)).items.map((item) => item.id);

    await markRead(linus, { ids: [mine[0]?.id, ...others] }).expect(204);
    expect(await unread(linus)).toBe(mine.length - 1);
    expect((await list(grace)).items.every((item) => item.readAt === null)).toBe(true);

    await markRead(linus, { all: true }).expect(204);
    expect(await unread(linus)).toBe(0);
    expect((await list(linus, { unread: 'true' })).items).toEqual([]);
  });

  it('pages newest first with a cursor, each once', async () => {
    const all = (await list(grace)).items.map((item) => item.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: ChatNotification[]; nextCursor: string | null } = await list(grace, {
        limit: 1,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('answers 400 naming what is wrong, and 401 without a token', async () => {
    const problems: [object, string][] = [
      [{}, 'ids'],
      [{ ids: ['nope'] }, 'ids'],
      [{ all: false }, 'all'],
    ];
    for (const [body, field] of problems) {
      const response = await markRead(ada, body).expect(400);
      expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    }
    for (const query of [{ unread: 'maybe' }, { cursor: 'bad' }, { limit: 0 }]) {
      await request(testApp.server).get('/api/notifications').query(query).set(bearer(ada)).expect(400);
    }
    await request(testApp.server).get('/api/notifications').expect(401);
  });
});
