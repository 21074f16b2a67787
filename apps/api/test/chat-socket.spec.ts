import { randomUUID } from 'node:crypto';
import { ChatClientEvents, ChatMessage } from '@ownerdash/contracts';
import request from 'supertest';
import { colleague, COLLEAGUE_PASSWORD, sendMessage, startConversation } from './support/chat';
import { ChatClient, connect, disconnection, presenceOf, recorder } from './support/chat-sockets';
import { propertiesOf } from './support/portfolio-fixtures';
import { bearer, SignedIn, signIn } from './support/sessions';
import { KAIROI_ADMIN, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

describe('chat over Socket.IO', () => {
  let testApp: TestApp;
  let url: string;
  let admin: SignedIn;
  let ada: SignedIn;
  let grace: SignedIn;
  let linus: SignedIn;
  let kairoiAdmin: SignedIn;
  const clients: ChatClient[] = [];

  const http = () => request(testApp.server);

  async function online(who: SignedIn): Promise<ChatClient> {
    const client = await connect(url, who);
    clients.push(client);
    return client;
  }

  function sendOver(client: ChatClient, conversationId: string, content: string, clientMessageId = randomUUID()) {
    return client.emitWithAck('hub:send_message', { conversationId, content, clientMessageId });
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    url = testApp.url;
    admin = await signIn(testApp, PHH_ADMIN);
    kairoiAdmin = await signIn(testApp, KAIROI_ADMIN);
    [ada, grace, linus] = await Promise.all(['ada', 'grace', 'linus'].map((name) => colleague(testApp, name)));
  });

  afterEach(() => {
    for (const client of clients.splice(0)) {
      client.close();
    }
  });

  afterAll(() => testApp.close());

  describe('the handshake', () => {
    it('refuses a connection without a token, with a bad one, and after the session ended, saying why', async () => {
      await expect(connect(url, undefined)).rejects.toThrow('invalid-token');
      await expect(connect(url, 'not.a.token')).rejects.toThrow('invalid-token');
      const leaving = await colleague(testApp, 'leaving');
      await http().post('/api/auth/logout').set('Cookie', leaving.cookie).expect(204);

      await expect(connect(url, leaving)).rejects.toThrow('session-ended');
    });
  });

  describe('delivery', () => {
    it('reaches every member of the conversation, on every device, and no one else', async () => {
      const group = await startConversation(testApp, ada, {
        type: 'group',
        name: 'Delivery',
        memberIds: [grace.userId],
      });
      const control = await startConversation(testApp, ada, {
        type: 'group',
        name: 'Control',
        memberIds: [linus.userId, admin.userId],
      });
      const [adaSocket, graceLaptop, gracePhone, linusSocket, adminSocket, kairoiSocket] = await Promise.all(
        [ada, grace, grace, linus, admin, kairoiAdmin].map(online),
      );
      const seen = [graceLaptop, gracePhone, linusSocket, adminSocket, kairoiSocket].map((client) =>
        recorder(client, 'hub:message_created'),
      );

      const ack = await sendOver(adaSocket, group.id, 'For the group only');
      // Sent after it: once the control message arrives, anything of the group's would have too.
      await sendOver(adaSocket, control.id, 'For the control group');
      await Promise.all([seen[0]?.until(1), seen[1]?.until(1), seen[2]?.until(1), seen[3]?.until(1)]);

      expect(ack).toMatchObject({ ok: true, duplicate: false, message: { seq: 1, content: 'For the group only' } });
      const contents = seen.map((record) => record.received.map((message) => message.content));
      expect(contents).toEqual([
        ['For the group only'],
        ['For the group only'],
        ['For the control group'],
        ['For the control group'],
        [],
      ]);
    });

    it('delivers messages sent over REST, edits, deletions, reactions and read state alike', async () => {
      const direct = await startConversation(testApp, ada, { type: 'direct', memberIds: [grace.userId] });
      const graceSocket = await online(grace);
      const adaSocket = await online(ada);
      const created = recorder(graceSocket, 'hub:message_created');
      const updated = recorder(graceSocket, 'hub:message_updated');
      const reacted = recorder(graceSocket, 'hub:reaction_changed');
      const deleted = recorder(graceSocket, 'hub:message_deleted');
      const reads = recorder(adaSocket, 'hub:read');

      const sent = await sendMessage(testApp, ada, direct.id, 'Draft').expect(201);
      await created.until(1);
      await http().patch(`/api/chat/messages/${sent.body.id}`).set(bearer(ada)).send({ content: 'Final' }).expect(200);
      await updated.until(1);
      await http()
        .put(`/api/chat/messages/${sent.body.id}/reactions/${encodeURIComponent('👍')}`)
        .set(bearer(ada))
        .expect(200);
      await reacted.until(1);
      await http().delete(`/api/chat/messages/${sent.body.id}`).set(bearer(ada)).expect(200);
      await deleted.until(1);
      await http().post(`/api/chat/conversations/${direct.id}/read`).set(bearer(grace)).send({ seq: 1 }).expect(204);
      await reads.until(1);

      expect(created.received.map((message) => message.content)).toEqual(['Draft']);
      expect(updated.received.map((message) => message.content)).toEqual(['Final']);
      expect(reacted.received[0]?.reactions).toEqual([{ emoji: '👍', userIds: [ada.userId] }]);
      expect(deleted.received[0]).toMatchObject({ content: '', deletedAt: expect.any(String) });
      expect(reads.received).toEqual([{ conversationId: direct.id, userId: grace.userId, seq: 1 }]);
    });

    it('answers a retried send with the message stored the first time, and delivers it once', async () => {
      const direct = await startConversation(testApp, ada, { type: 'direct', memberIds: [linus.userId] });
      const [adaSocket, linusSocket] = await Promise.all([online(ada), online(linus)]);
      const seen = recorder(linusSocket, 'hub:message_created');
      const clientMessageId = randomUUID();

      const first = await sendOver(adaSocket, direct.id, 'Once', clientMessageId);
      const retry = await sendOver(adaSocket, direct.id, 'Once', clientMessageId);
      const overRest = await sendMessage(testApp, ada, direct.id, 'Once', { clientMessageId }).expect(200);
      await sendOver(adaSocket, direct.id, 'Next');
      await seen.until(2);

      expect(retry).toEqual({ ...first, duplicate: true });
      expect(overRest.body.id).toBe(first.ok ? first.message.id : undefined);
      expect(seen.received.map((message) => message.content)).toEqual(['Once', 'Next']);
    });

    it('gives every receiver each seq of five concurrent senders exactly once, without gaps', async () => {
      const writers = [ada, grace, linus, admin, await colleague(testApp, 'fifth')];
      const group = await startConversation(testApp, ada, {
        type: 'group',
        name: 'Concurrent',
        memberIds: writers.map((writer) => writer.userId),
      });
      const sockets = await Promise.all(writers.map(online));
      const seen = sockets.map((client) => recorder(client, 'hub:message_created'));
      const perWriter = 20;
      const total = writers.length * perWriter;

      await Promise.all(
        sockets.map(async (client, index) => {
          for (let n = 1; n <= perWriter; n += 1) {
            const ack = await sendOver(client, group.id, `${index}:${n}`);
            expect(ack.ok).toBe(true);
          }
        }),
      );
      await Promise.all(seen.map((record) => record.until(total)));

      for (const record of seen) {
        const seqs = record.received.map((message) => message.seq);
        expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, index) => index + 1));
        for (let index = 0; index < writers.length; index += 1) {
          const own = record.received.filter((message) => message.content.startsWith(`${index}:`));
          expect(own.map((message) => message.content)).toEqual(
            Array.from({ length: perWriter }, (_, n) => `${index}:${n + 1}`),
          );
        }
      }
    });
  });

  describe('catching up', () => {
    it('syncs the 500 messages missed while away, in order, with nothing twice', async () => {
      const away = await colleague(testApp, 'away');
      const direct = await startConversation(testApp, ada, { type: 'direct', memberIds: [away.userId] });
      await sendMessage(testApp, ada, direct.id, 'seen before leaving').expect(201);
      for (let n = 1; n <= 500; n += 1) {
        await sendMessage(testApp, ada, direct.id, `missed ${n}`).expect(201);
      }
      const back = await online(away);

      const caughtUp: ChatMessage[] = [];
      let afterSeq = 1;
      for (;;) {
        const ack = await back.emitWithAck('hub:sync', { conversations: [{ id: direct.id, afterSeq }] });
        if (!ack.ok) {
          throw new Error(ack.error.message);
        }
        const [conversation] = ack.conversations;
        caughtUp.push(...(conversation?.messages ?? []));
        afterSeq = caughtUp.at(-1)?.seq ?? afterSeq;
        if (!conversation?.hasMore) {
          break;
        }
      }

      expect(caughtUp.map((message) => message.seq)).toEqual(Array.from({ length: 500 }, (_, index) => index + 2));
      expect(caughtUp.map((message) => message.content)).toEqual(
        Array.from({ length: 500 }, (_, index) => `missed ${index + 1}`),
      );
    });

    it('tells a client to drop a conversation it may no longer read', async () => {
      const group = await startConversation(testApp, ada, { type: 'group', name: 'Gone', memberIds: [grace.userId] });
      const kairoi = await online(kairoiAdmin);

      const ack = await kairoi.emitWithAck('hub:sync', { conversations: [{ id: group.id, afterSeq: 0 }] });

      expect(ack).toEqual({ ok: true, conversations: [{ id: group.id, messages: [], hasMore: false, removed: true }] });
    });
  });

  describe('read state', () => {
    it('moves the badge on the reader’s other devices when one marks read', async () => {
      const reader = await colleague(testApp, 'twodevices');
      const direct = await startConversation(testApp, ada, { type: 'direct', memberIds: [reader.userId] });
      await sendMessage(testApp, ada, direct.id, 'ping').expect(201);
      const [laptop, phone] = await Promise.all([online(reader), online(reader)]);
      const phoneReads = recorder(phone, 'hub:read');

      const ack = await laptop.emitWithAck('hub:read', { conversationId: direct.id, seq: 1 });
      await phoneReads.until(1);

      expect(ack).toEqual({ ok: true, lastReadSeq: 1 });
      expect(phoneReads.received).toEqual([{ conversationId: direct.id, userId: reader.userId, seq: 1 }]);
      const unread = await http().get('/api/chat/unread-count').set(bearer(reader)).expect(200);
      expect(unread.body.conversations[direct.id]).toBeUndefined();
    });
  });

  describe('threads and typing', () => {
    const typists = (heard: { received: { displayName: string }[] }) =>
      heard.received.map((event) => event.displayName);

    it('tells who is typing to those who have the conversation open, not the typist', async () => {
      const group = await startConversation(testApp, ada, {
        type: 'group',
        name: 'Typing',
        memberIds: [grace.userId, linus.userId],
      });
      const [adaSocket, graceLaptop, gracePhone, linusSocket] = await Promise.all(
        [ada, grace, grace, linus].map(online),
      );
      const heard = [adaSocket, graceLaptop, gracePhone, linusSocket].map((client) => recorder(client, 'hub:typing'));
      const join = (client: ChatClient) => client.emitWithAck('hub:join_conversation', { conversationId: group.id });
      const leave = (client: ChatClient) => client.emitWithAck('hub:leave_conversation', { conversationId: group.id });
      const type = (client: ChatClient) => client.emitWithAck('hub:typing', { conversationId: group.id });

      expect(await join(graceLaptop)).toEqual({ ok: true });
      await join(linusSocket);
      await type(adaSocket);
      await leave(graceLaptop);
      await join(gracePhone);
      await type(linusSocket);
      await Promise.all([join(adaSocket), join(graceLaptop)]);
      await type(adaSocket);
      await type(linusSocket);
      await Promise.all([heard[0]?.until(1), heard[1]?.until(3), heard[2]?.until(3), heard[3]?.until(2)]);

      expect(heard.map(typists)).toEqual([
        ['linus'],
        ['ada', 'ada', 'linus'],
        ['linus', 'ada', 'linus'],
        ['ada', 'ada'],
      ]);
      expect(heard[1]?.received[0]).toEqual({ conversationId: group.id, userId: ada.userId, displayName: 'ada' });
    });

    it('does not let someone who may not read the conversation open it', async () => {
      const group = await startConversation(testApp, ada, { type: 'group', name: 'Closed', memberIds: [grace.userId] });
      const [linusSocket, kairoiSocket] = await Promise.all([online(linus), online(kairoiAdmin)]);

      const answers = await Promise.all([
        linusSocket.emitWithAck('hub:join_conversation', { conversationId: group.id }),
        kairoiSocket.emitWithAck('hub:join_conversation', { conversationId: group.id }),
        linusSocket.emitWithAck('hub:join_conversation', { conversationId: randomUUID() }),
      ]);

      expect(answers.map((answer) => !answer.ok && answer.error.code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    });

    it('takes the conversation away from the sockets of someone removed while they have it open', async () => {
      const removed = await colleague(testApp, 'removedtypist');
      const group = await startConversation(testApp, ada, {
        type: 'group',
        name: 'Shrinking',
        memberIds: [removed.userId, linus.userId],
      });
      const marker = await startConversation(testApp, ada, { type: 'direct', memberIds: [removed.userId] });
      const [adaSocket, removedSocket, linusSocket] = await Promise.all([ada, removed, linus].map(online));
      await Promise.all(
        [removedSocket, linusSocket].map((client) =>
          client.emitWithAck('hub:join_conversation', { conversationId: group.id }),
        ),
      );
      const removedHears = recorder(removedSocket, 'hub:typing');
      const linusHears = recorder(linusSocket, 'hub:typing');
      const removals = recorder(removedSocket, 'hub:conversation_removed');
      const messages = recorder(removedSocket, 'hub:message_created');

      await http().delete(`/api/chat/conversations/${group.id}/members/${removed.userId}`).set(bearer(ada)).expect(204);
      await removals.until(1);
      await adaSocket.emitWithAck('hub:typing', { conversationId: group.id });
      await linusHears.until(1);
      // Sent after the typing: once it arrives, the typing would have too.
      await sendMessage(testApp, ada, marker.id, 'Marker').expect(201);
      await messages.until(1);

      expect(removedHears.received).toEqual([]);
      expect(await removedSocket.emitWithAck('hub:join_conversation', { conversationId: group.id })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    });
  });

  describe('presence', () => {
    it('tells colleagues someone is online from their first socket until their last one closes', async () => {
      const watcher = await online(await colleague(testApp, 'watcher'));
      const outsider = await online(kairoiAdmin);
      const laptopSession = await colleague(testApp, 'twosockets');
      const phoneSession = await signIn(testApp, 'twosockets@phh.example', COLLEAGUE_PASSWORD);
      const watched = presenceOf(watcher, laptopSession.userId);
      const outsiderHears = recorder(outsider, 'hub:presence');

      const laptop = await online(laptopSession);
      await watched.until(1);
      const phone = await online(phoneSession);
      const laptopGone = disconnection(laptop);
      await http().post('/api/auth/logout').set('Cookie', laptopSession.cookie).expect(204);
      await laptopGone;
      const meanwhile = await watcher.emitWithAck('hub:presence_query', { userIds: [laptopSession.userId] });
      expect(watched.statuses()).toEqual(['online']);
      phone.close();
      await watched.until(2);

      expect(meanwhile).toEqual({ ok: true, online: [laptopSession.userId] });
      expect(watched.statuses()).toEqual(['online', 'offline']);
      const lastHeard = presenceOf(
        outsider,
        (await colleague(testApp, 'kairoimarker', { organization: 'kairoi' })).userId,
      );
      const marker = await online(await signIn(testApp, 'kairoimarker@kairoi.example', COLLEAGUE_PASSWORD));
      await lastHeard.until(1);
      expect(outsiderHears.received.filter((event) => event.userId === laptopSession.userId)).toEqual([]);
      marker.close();
    });

    it('answers which of the people asked about are online, counting other organizations’ as offline', async () => {
      const [present, absent] = await Promise.all([colleague(testApp, 'present'), colleague(testApp, 'absent')]);
      const asker = await online(ada);
      const watched = presenceOf(asker, present.userId);
      await online(present);
      const kairoiSocket = await online(kairoiAdmin);
      await watched.until(1);
      const kairoiSelf = await kairoiSocket.emitWithAck('hub:presence_query', { userIds: [kairoiAdmin.userId] });

      const answer = await asker.emitWithAck('hub:presence_query', {
        userIds: [present.userId.toUpperCase(), absent.userId, kairoiAdmin.userId, randomUUID(), present.userId],
      });

      expect(kairoiSelf).toEqual({ ok: true, online: [kairoiAdmin.userId] });
      expect(answer).toEqual({ ok: true, online: [present.userId] });
    });

    it('marks which members of a conversation are online', async () => {
      const [here, away] = await Promise.all([colleague(testApp, 'memberhere'), colleague(testApp, 'memberaway')]);
      const group = await startConversation(testApp, here, {
        type: 'group',
        name: 'Who is here',
        memberIds: [away.userId],
      });
      const watcher = await online(ada);
      const watched = presenceOf(watcher, here.userId);
      await online(here);
      await watched.until(1);

      const details = await http().get(`/api/chat/conversations/${group.id}`).set(bearer(away)).expect(200);

      const members = details.body.members as { userId: string; online: boolean }[];
      expect(Object.fromEntries(members.map((member) => [member.userId, member.online]))).toEqual({
        [here.userId]: true,
        [away.userId]: false,
      });
    });
  });

  describe('rights changing while connected', () => {
    it('takes a property conversation away at once when an admin takes the property out of scope', async () => {
      const properties = Object.values(await propertiesOf(testApp.dataSource, 'phh'));
      const [kept, removed] = properties.map((property) => property.id);
      const member = await colleague(testApp, 'scoped');
      const conversation = await startConversation(testApp, admin, { type: 'property', propertyId: removed });
      const marker = await startConversation(testApp, admin, { type: 'direct', memberIds: [member.userId] });
      const memberSocket = await online(member);
      const removals = recorder(memberSocket, 'hub:conversation_removed');
      const changed = recorder(memberSocket, 'session:permissions_changed');
      const created = recorder(memberSocket, 'hub:message_created');

      await http()
        .put(`/api/admin/users/${member.userId}/access`)
        .set(bearer(admin))
        .send({ propertyIds: [kept] })
        .expect(200);
      await Promise.all([removals.until(1), changed.until(1)]);
      await sendMessage(testApp, admin, conversation.id, 'Not for the scoped member any more').expect(201);
      await sendMessage(testApp, admin, marker.id, 'Marker').expect(201);
      await created.until(1);

      expect(removals.received).toEqual([{ conversationId: conversation.id }]);
      expect(created.received.map((message) => message.content)).toEqual(['Marker']);
      const refused = await sendOver(memberSocket, conversation.id, 'Still here?');
      expect(refused).toEqual({
        ok: false,
        error: { code: 'REAUTHENTICATE', message: 'Reconnect with a fresh access token.' },
      });
      const renewed = await signIn(testApp, 'scoped@phh.example', COLLEAGUE_PASSWORD);
      const again = await online(renewed);
      expect(await sendOver(again, conversation.id, 'Still here?')).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    });

    it('disconnects the sockets of a session that signs out, and of an account an admin deactivates', async () => {
      const leaving = await colleague(testApp, 'signsout');
      const deactivated = await colleague(testApp, 'deactivated');
      const [leavingSocket, deactivatedSocket] = await Promise.all([online(leaving), online(deactivated)]);
      const leavingGone = disconnection(leavingSocket);
      const deactivatedGone = disconnection(deactivatedSocket);

      await http().post('/api/auth/logout').set('Cookie', leaving.cookie).expect(204);
      await http()
        .patch(`/api/admin/users/${deactivated.userId}`)
        .set(bearer(admin))
        .send({ isActive: false })
        .expect(200);

      await expect(leavingGone).resolves.toBe('io server disconnect');
      await expect(deactivatedGone).resolves.toBe('io server disconnect');
    });
  });

  describe('bad input', () => {
    it('is answered with an error that says what is wrong, and harms neither the socket nor anyone else', async () => {
      const direct = await startConversation(testApp, ada, { type: 'direct', memberIds: [grace.userId] });
      const [adaSocket, graceSocket] = await Promise.all([online(ada), online(grace)]);
      const seen = recorder(graceSocket, 'hub:message_created');
      const emit = (event: keyof ChatClientEvents, payload: unknown) =>
        (adaSocket.emitWithAck as (event: string, payload: unknown) => Promise<unknown>)(event, payload);

      const answers = await Promise.all([
        emit('hub:send_message', {}),
        emit('hub:send_message', 'just text'),
        emit('hub:send_message', { conversationId: direct.id, content: 'a\u0000b', clientMessageId: randomUUID() }),
        emit('hub:send_message', { conversationId: randomUUID(), content: 'Hi', clientMessageId: randomUUID() }),
        emit('hub:sync', { conversations: 'all' }),
        emit('hub:read', { conversationId: direct.id, seq: -1 }),
        emit('hub:typing', { conversationId: 'nope' }),
        emit('hub:join_conversation', {}),
        emit('hub:leave_conversation', { conversationId: 7 }),
        emit('hub:presence_query', { userIds: 'everyone' }),
        emit('hub:presence_query', { userIds: ['nope'] }),
        emit('hub:presence_query', { userIds: Array.from({ length: 101 }, () => randomUUID()) }),
      ]);
      const codes = answers.map((answer) => (answer as { error: { code: string } }).error.code);
      expect(codes).toEqual([
        'VALIDATION_FAILED',
        'VALIDATION_FAILED',
        'VALIDATION_FAILED',
        'NOT_FOUND',
        'VALIDATION_FAILED',
        'VALIDATION_FAILED',
        'VALIDATION_FAILED',
        'VALIDATION_FAILED',
        'VALIDATION_FAILED',
        'VALIDATION_FAILED',
        'VALIDATION_FAILED',
        'VALIDATION_FAILED',
      ]);
      const messages = answers.map((answer) => (answer as { error: { message: string } }).error.message);
      expect(messages[0]).toContain('conversationId must be a UUID');
      expect(messages[9]).toContain('userIds must be a list of user ids');
      expect(messages[11]).toContain('userIds must contain no more than 100 elements');

      adaSocket.emit('hub:typing', { conversationId: 42 } as never);
      const ack = await sendOver(adaSocket, direct.id, 'Still fine');
      await seen.until(1);
      expect(ack.ok).toBe(true);
      expect(seen.received.map((message) => message.content)).toEqual(['Still fine']);
    });
  });
});
