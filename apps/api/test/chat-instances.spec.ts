import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { colleague, COLLEAGUE_PASSWORD, sendMessage, startConversation } from './support/chat';
import { ChatClient, connect, presenceOf, recorder } from './support/chat-sockets';
import { propertiesOf } from './support/portfolio-fixtures';
import { bearer, SignedIn, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** The machine's Redis, as CI starts it; TEST_REDIS_URL points elsewhere. */
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('chat across two API instances on one database and one Redis', () => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;
  let firstUrl: string;
  let secondUrl: string;
  let admin: SignedIn;
  let ada: SignedIn;
  let grace: SignedIn;
  const clients: ChatClient[] = [];

  async function online(url: string, who: SignedIn): Promise<ChatClient> {
    const client = await connect(url, who);
    clients.push(client);
    return client;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const redis = { redisUrl: REDIS_URL, redisChannelPrefix: `ownerdash-test-${randomUUID()}` };
    first = await startTestApp({ database, config: redis });
    second = await startTestApp({ database, config: redis });
    [firstUrl, secondUrl] = [first.url, second.url];
    admin = await signIn(first, PHH_ADMIN);
    [ada, grace] = await Promise.all(['ada', 'grace'].map((name) => colleague(first, name)));
  });

  afterEach(() => {
    for (const client of clients.splice(0)) {
      client.close();
    }
  });

  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
    await database.drop();
  });

  it('delivers messages, typing and read state to members on the other instance', async () => {
    const direct = await startConversation(first, ada, { type: 'direct', memberIds: [grace.userId] });
    const adaSocket = await online(firstUrl, ada);
    const graceSocket = await online(secondUrl, grace);
    const graceMessages = recorder(graceSocket, 'hub:message_created');
    const graceTyping = recorder(graceSocket, 'hub:typing');
    const adaReads = recorder(adaSocket, 'hub:read');

    await graceSocket.emitWithAck('hub:join_conversation', { conversationId: direct.id });
    await adaSocket.emitWithAck('hub:typing', { conversationId: direct.id });
    const sent = await adaSocket.emitWithAck('hub:send_message', {
      conversationId: direct.id,
      content: 'Across instances',
      clientMessageId: randomUUID(),
    });
    await Promise.all([graceMessages.until(1), graceTyping.until(1)]);
    await graceSocket.emitWithAck('hub:read', { conversationId: direct.id, seq: 1 });
    await adaReads.until(1);

    expect(sent.ok).toBe(true);
    expect(graceMessages.received.map((message) => message.content)).toEqual(['Across instances']);
    expect(graceTyping.received).toEqual([{ conversationId: direct.id, userId: ada.userId, displayName: 'ada' }]);
    expect(adaReads.received).toEqual([{ conversationId: direct.id, userId: grace.userId, seq: 1 }]);
  });

  it('makes a retry on the other instance return the message stored by the first', async () => {
    const direct = await startConversation(first, ada, { type: 'direct', memberIds: [admin.userId] });
    const clientMessageId = randomUUID();

    const original = await sendMessage(first, ada, direct.id, 'Once', { clientMessageId }).expect(201);
    const retry = await sendMessage(second, ada, direct.id, 'Once', { clientMessageId }).expect(200);

    expect(retry.body.id).toBe(original.body.id);
  });

  it('moves sockets on the other instance when a change made on this one concerns them', async () => {
    const properties = Object.values(await propertiesOf(first.dataSource, 'phh'));
    const [kept, removed] = properties.map((property) => property.id);
    const member = await colleague(first, 'scoped');
    const conversation = await startConversation(first, admin, { type: 'property', propertyId: removed });
    const memberSocket = await online(secondUrl, member);
    const removals = recorder(memberSocket, 'hub:conversation_removed');
    const changed = recorder(memberSocket, 'session:permissions_changed');

    await request(first.server)
      .put(`/api/admin/users/${member.userId}/access`)
      .set(bearer(admin))
      .send({ propertyIds: [kept] })
      .expect(200);
    await Promise.all([removals.until(1), changed.until(1)]);

    expect(removals.received).toEqual([{ conversationId: conversation.id }]);
    const renewed = await signIn(second, 'scoped@phh.example', COLLEAGUE_PASSWORD);
    await request(second.server).get(`/api/chat/conversations/${conversation.id}`).set(bearer(renewed)).expect(404);
  });

  it('joins the sockets of a new group’s members on every instance', async () => {
    const graceSocket = await online(secondUrl, grace);
    const updates = recorder(graceSocket, 'hub:conversation_updated');
    const messages = recorder(graceSocket, 'hub:message_created');

    const group = await startConversation(first, ada, { type: 'group', name: 'New', memberIds: [grace.userId] });
    await updates.until(1);
    await sendMessage(first, ada, group.id, 'Welcome').expect(201);
    await messages.until(1);

    expect(messages.received.map((message) => message.content)).toEqual(['Welcome']);
  });

  it('tells who is online on either instance, until their socket on the other one closes', async () => {
    const [watcherSession, present] = await Promise.all(['watcher', 'present'].map((name) => colleague(first, name)));
    const watcher = await online(secondUrl, watcherSession);
    const watched = presenceOf(watcher, present.userId);
    const ask = () => watcher.emitWithAck('hub:presence_query', { userIds: [present.userId] });

    const presentSocket = await online(firstUrl, present);
    await watched.until(1);
    const whileOnline = await ask();
    const group = await startConversation(second, watcherSession, {
      type: 'group',
      name: 'Across',
      memberIds: [present.userId],
    });
    presentSocket.close();
    await watched.until(2);

    expect(watched.statuses()).toEqual(['online', 'offline']);
    expect(whileOnline).toEqual({ ok: true, online: [present.userId] });
    expect(await ask()).toEqual({ ok: true, online: [] });
    const members = group.body['members'] as { userId: string; online: boolean }[];
    expect(members.find((member) => member.userId === present.userId)?.online).toBe(true);
  });
});
