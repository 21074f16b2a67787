import request from 'supertest';
import { colleague, sendMessage, startConversation } from './support/chat';
import { propertiesOf } from './support/portfolio-fixtures';
import { bearer, SignedIn, signIn } from './support/sessions';
import { KAIROI_ADMIN, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

describe('chat conversations', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let ada: SignedIn;
  let grace: SignedIn;
  let linus: SignedIn;
  let kairoiAdmin: SignedIn;

  const http = () => request(testApp.server);
  const get = (who: SignedIn, id: string) => http().get(`/api/chat/conversations/${id}`).set(bearer(who));
  const list = (who: SignedIn, query: Record<string, string | number> = {}) =>
    http().get('/api/chat/conversations').query(query).set(bearer(who)).expect(200);

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signIn(testApp, PHH_ADMIN);
    kairoiAdmin = await signIn(testApp, KAIROI_ADMIN);
    [ada, grace, linus] = await Promise.all(['ada', 'grace', 'linus'].map((name) => colleague(testApp, name)));
  });

  afterAll(() => testApp.close());

  describe('direct', () => {
    it('is unique per pair: asking again, from either side, returns the same conversation with 200', async () => {
      const first = await startConversation(testApp, ada, { type: 'direct', memberIds: [grace.userId] });
      const again = await startConversation(testApp, grace, { type: 'direct', memberIds: [ada.userId] });

      expect(first.status).toBe(201);
      expect(again.status).toBe(200);
      expect(again.id).toBe(first.id);
      expect(first.body).toMatchObject({
        type: 'direct',
        title: 'grace',
        peerId: grace.userId,
        lastSeq: 0,
        unreadCount: 0,
      });
      expect(again.body).toMatchObject({ title: 'ada', peerId: ada.userId });
      expect((first.body['members'] as { userId: string }[]).map((member) => member.userId).sort()).toEqual(
        [ada.userId, grace.userId].sort(),
      );
    });

    it('is created once when both people start it at the same moment', async () => {
      const [one, two] = await Promise.all([
        startConversation(testApp, linus, { type: 'direct', memberIds: [ada.userId] }),
        startConversation(testApp, ada, { type: 'direct', memberIds: [linus.userId] }),
      ]);

      expect([one.status, two.status].sort()).toEqual([200, 201]);
      expect(one.id).toBe(two.id);
    });

    it('needs exactly one other active person of the organization', async () => {
      const inactive = await createUser(testApp, {
        email: 'gone@phh.example',
        password: 'irrelevant passphrase',
        isActive: false,
      });
      const cases = [
        {
          memberIds: [ada.userId],
          message: 'A direct conversation is between you and one other person: name exactly one.',
        },
        {
          memberIds: [grace.userId, linus.userId],
          message: 'A direct conversation is between you and one other person: name exactly one.',
        },
        {
          memberIds: [kairoiAdmin.userId],
          message: `memberIds has ids that are not active members of your organization: ${kairoiAdmin.userId}`,
        },
        {
          memberIds: [inactive.id],
          message: `memberIds has ids that are not active members of your organization: ${inactive.id}`,
        },
      ];
      for (const { memberIds, message } of cases) {
        const response = await startConversation(testApp, ada, { type: 'direct', memberIds });
        expect({ status: response.status, message: response.body['message'] }).toEqual({ status: 400, message });
      }
    });
  });

  describe('group', () => {
    it('makes its creator the owner and is read only by its members', async () => {
      const group = await startConversation(testApp, ada, {
        type: 'group',
        name: '  Q3 budget ',
        memberIds: [grace.userId, ada.userId],
      });

      expect(group.status).toBe(201);
      expect(group.body).toMatchObject({ type: 'group', name: 'Q3 budget', title: 'Q3 budget', peerId: null });
      expect(group.body['members']).toEqual([
        expect.objectContaining({ userId: ada.userId, role: 'owner' }),
        expect.objectContaining({ userId: grace.userId, role: 'member' }),
      ]);
      await get(grace, group.id).expect(200);
      for (const outsider of [linus, admin, kairoiAdmin]) {
        const response = await get(outsider, group.id).expect(404);
        expect(response.body.message).toBe('There is no conversation with this id that you may read.');
      }
    });

    it('changes members by its owner or an admin of the organization; anyone may leave', async () => {
      const group = await startConversation(testApp, ada, {
        type: 'group',
        name: 'Leasing',
        memberIds: [grace.userId],
      });
      const members = (id: string) => http().post(`/api/chat/conversations/${id}/members`);

      const refused = await members(group.id)
        .set(bearer(grace))
        .send({ userIds: [linus.userId] })
        .expect(403);
      expect(refused.body).toMatchObject({
        code: 'NOT_CONVERSATION_OWNER',
        message: "Only the group's owners and administrators can change its members.",
      });
      await members(group.id)
        .set(bearer(ada))
        .send({ userIds: [linus.userId, admin.userId] })
        .expect(200);
      await get(linus, group.id).expect(200);

      // The admin, now a member, removes someone; a plain member may not.
      await http().delete(`/api/chat/conversations/${group.id}/members/${ada.userId}`).set(bearer(linus)).expect(403);
      await http().delete(`/api/chat/conversations/${group.id}/members/${linus.userId}`).set(bearer(admin)).expect(204);
      await get(linus, group.id).expect(404);

      await http().delete(`/api/chat/conversations/${group.id}/members/${grace.userId}`).set(bearer(grace)).expect(204);
      await get(grace, group.id).expect(404);
      await http().delete(`/api/chat/conversations/${group.id}/members/${grace.userId}`).set(bearer(ada)).expect(404);

      // Added again, Grace is back.
      await members(group.id)
        .set(bearer(ada))
        .send({ userIds: [grace.userId] })
        .expect(200);
      await get(grace, group.id).expect(200);
    });

    it('refuses a group without a name or other people, and members from elsewhere', async () => {
      const cases: [object, string][] = [
        [{ type: 'group', name: ' ', memberIds: [grace.userId] }, 'name should not be empty'],
        [
          { type: 'group', name: 'Solo', memberIds: [ada.userId] },
          'A group needs at least one other person besides you.',
        ],
        [{ type: 'group', name: 'Empty', memberIds: [] }, 'memberIds must name at least one other person'],
        [{ type: 'group', name: 'Bad ids', memberIds: ['nope'] }, 'each of memberIds must be a UUID'],
        [{ type: 'channel', name: 'x' }, 'type must be one of direct, group, property'],
      ];
      for (const [body, message] of cases) {
        const response = await startConversation(testApp, ada, body);
        expect(response.status).toBe(400);
        expect(response.body['message']).toContain(message);
      }
    });

    it('has no members to change when it is a direct conversation', async () => {
      const direct = await startConversation(testApp, ada, { type: 'direct', memberIds: [grace.userId] });

      const response = await http()
        .post(`/api/chat/conversations/${direct.id}/members`)
        .set(bearer(ada))
        .send({ userIds: [linus.userId] })
        .expect(409);
      expect(response.body.message).toBe('A direct conversation is always between its two people.');
    });
  });

  describe('property', () => {
    let parksideOnly: SignedIn;
    let parksideId: string;
    let otherPropertyId: string;

    beforeAll(async () => {
      const properties = await propertiesOf(testApp.dataSource, 'phh');
      parksideId = (properties['Parkside'] ?? Object.values(properties)[0])?.id as string;
      otherPropertyId = Object.values(properties).find((property) => property.id !== parksideId)?.id as string;
      const member = await colleague(testApp, 'parkside');
      await http()
        .put(`/api/admin/users/${member.userId}/access`)
        .set(bearer(admin))
        .send({ propertyIds: [parksideId] })
        .expect(200);
      parksideOnly = await signIn(testApp, 'parkside@phh.example', 'colleague passphrase 2026');
    });

    it('is one per property, for everyone whose scope includes the property', async () => {
      const first = await startConversation(testApp, admin, { type: 'property', propertyId: parksideId });
      const again = await startConversation(testApp, parksideOnly, { type: 'property', propertyId: parksideId });

      expect(first.status).toBe(201);
      expect(again.status).toBe(200);
      expect(again.id).toBe(first.id);
      expect(first.body).toMatchObject({ type: 'property', propertyId: parksideId, title: 'Parkside' });
      const listed = await list(parksideOnly, { type: 'property' });
      expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([first.id]);
      await get(ada, first.id).expect(200);
    });

    it('is hidden from those whose scope leaves the property out, and from other organizations', async () => {
      const other = await startConversation(testApp, admin, { type: 'property', propertyId: otherPropertyId });

      await get(parksideOnly, other.id).expect(404);
      await get(kairoiAdmin, other.id).expect(404);
      const refused = await startConversation(testApp, parksideOnly, { type: 'property', propertyId: otherPropertyId });
      expect(refused.status).toBe(404);
      expect(refused.body['message']).toBe('There is no property with this id among those you may see.');
      const foreign = await startConversation(testApp, kairoiAdmin, { type: 'property', propertyId: otherPropertyId });
      expect(foreign.status).toBe(404);
    });

    it('is gone at once when an admin takes the property out of someone’s scope', async () => {
      const conversation = await startConversation(testApp, admin, { type: 'property', propertyId: parksideId });
      const member = await colleague(testApp, 'moving');
      await get(member, conversation.id).expect(200);

      await http()
        .put(`/api/admin/users/${member.userId}/access`)
        .set(bearer(admin))
        .send({ propertyIds: [otherPropertyId] })
        .expect(200);

      // The old token is refused (its rights changed); with a new one the conversation does not exist.
      await get(member, conversation.id).expect(401);
      const renewed = await signIn(testApp, 'moving@phh.example', 'colleague passphrase 2026');
      await get(renewed, conversation.id).expect(404);
      await sendMessage(testApp, renewed, conversation.id, 'still here?').expect(404);
    });
  });

  describe('the list', () => {
    it('puts the newest activity first, with the unread count and last message, paged and filtered', async () => {
      // In an organization of their own, where no property has a conversation yet.
      const [reader, mira, otto] = await Promise.all(
        ['reader', 'mira', 'otto'].map((name) => colleague(testApp, name, { organization: 'kairoi' })),
      );
      const older = await startConversation(testApp, reader, { type: 'direct', memberIds: [mira.userId] });
      const newer = await startConversation(testApp, reader, { type: 'group', name: 'Ops', memberIds: [otto.userId] });
      await sendMessage(testApp, otto, newer.id, 'ops first').expect(201);
      await sendMessage(testApp, mira, older.id, 'hello reader').expect(201);
      await sendMessage(testApp, mira, older.id, 'are you there?').expect(201);

      const all = await list(reader);
      expect(all.body).toMatchObject({ total: 2, page: 1, pageSize: 25 });
      expect(
        all.body.items.map((item: { title: string; unreadCount: number; lastMessage: { content: string } }) => [
          item.title,
          item.unreadCount,
          item.lastMessage.content,
        ]),
      ).toEqual([
        ['mira', 2, 'are you there?'],
        ['Ops', 1, 'ops first'],
      ]);

      // A later page carries the same total and its own rows' titles, unread counts and last messages.
      const second = await list(reader, { pageSize: 1, page: 2 });
      expect(second.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
      expect(second.body.items).toEqual([
        expect.objectContaining({
          id: newer.id,
          title: 'Ops',
          unreadCount: 1,
          lastMessage: expect.objectContaining({ content: 'ops first' }),
        }),
      ]);
      const groups = await list(reader, { type: 'group' });
      expect(groups.body.items.map((item: { id: string }) => item.id)).toEqual([newer.id]);
      await http().get('/api/chat/conversations').query({ type: 'nope' }).set(bearer(reader)).expect(400);
    });

    it('is empty for someone without conversations', async () => {
      const newcomer = await colleague(testApp, 'newcomer', { organization: 'kairoi' });

      expect((await list(newcomer)).body).toEqual({ items: [], total: 0, page: 1, pageSize: 25 });
    });
  });

  it('answers 400 for an id that is not a UUID and 401 without a token', async () => {
    await http().get('/api/chat/conversations/not-a-uuid').set(bearer(ada)).expect(400);
    await http().get('/api/chat/conversations').expect(401);
  });
});
