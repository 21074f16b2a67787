import { ERROR_CODES, mentionOf } from '@ownerdash/contracts';
import request from 'supertest';
import { auditChained, storedEntries } from './support/audit';
import { colleague, COLLEAGUE_PASSWORD, sendMessage, startConversation } from './support/chat';
import { connect, disconnection } from './support/chat-sockets';
import { columnsHolding, textColumns } from './support/personal-text-scan';
import { bearer, SignedIn, signIn } from './support/sessions';
import { KAIROI_ADMIN, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

interface Person {
  readonly who: SignedIn;
  readonly email: string;
  readonly name: string;
}

describe('erasing a person', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let olaf: SignedIn;

  const http = () => request(testApp.server);
  const erase = (id: string, body: object, as = admin) =>
    http().post(`/api/admin/users/${id}/erase`).set(bearer(as)).send(body);
  const search = async (q: string) =>
    (await http().get('/api/chat/search').query({ q }).set(bearer(olaf)).expect(200)).body.items as {
      message: { id: string };
    }[];

  /** A member with a distinctive name and picture, in a group with Olaf, who mentions them and writes their email. */
  async function person(slug: string, name: string): Promise<Person & { group: string; own: string[] }> {
    const who = await colleague(testApp, slug);
    const email = `${slug}@phh.example`;
    await http()
      .patch('/api/users/me')
      .set(bearer(who))
      .send({ displayName: name, avatarUrl: `https://images.example.com/${slug}.png` })
      .expect(200);
    const group = (
      await startConversation(testApp, who, { type: 'group', name: `${name}'s desk`, memberIds: [olaf.userId] })
    ).id;
    const own = [
      (await sendMessage(testApp, who, group, `${slug} writes about the quarterly pineapple`).expect(201)).body.id,
      (await sendMessage(testApp, who, group, `${slug} again on the pineapple budget`).expect(201)).body.id,
    ];
    const mention = mentionOf({ id: who.userId, displayName: name });
    const olafs = (
      await sendMessage(
        testApp,
        olaf,
        group,
        `${mention} see this, or mail ${email.toUpperCase()}, ask ${name}`,
      ).expect(201)
    ).body.id;
    await http()
      .put(`/api/chat/messages/${olafs}/reactions/${encodeURIComponent('👍')}`)
      .set(bearer(who))
      .expect(200);
    // A failed sign-in and a reset request leave counters and a link under the email.
    await http().post('/api/auth/login').send({ email, password: 'not the password at all' }).expect(401);
    await http().post('/api/auth/forgot-password').send({ email }).expect(202);
    await http()
      .put('/api/notifications/preferences')
      .set(bearer(who))
      .send({ chatNotifications: false, toasts: false })
      .expect(200);
    return { who, email, name, group, own };
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signIn(testApp, PHH_ADMIN);
    olaf = await colleague(testApp, 'erasure-olaf');
  });

  afterAll(() => testApp.close());

  it('leaves no trace of the name or email in any text, JSON or search column, deleting the messages', async () => {
    const erin = await person('erasure-erin', 'Erin Quarrington');
    await http().patch(`/api/admin/users/${erin.who.userId}`).set(bearer(admin)).send({ role: 'admin' }).expect(200);
    await http().patch(`/api/admin/users/${erin.who.userId}`).set(bearer(admin)).send({ role: 'user' }).expect(200);
    const erinNow = await signIn(testApp, erin.email, COLLEAGUE_PASSWORD);
    const socket = await connect(testApp.url, erinNow);
    const disconnected = disconnection(socket);
    expect(await columnsHolding(testApp.dataSource, [erin.email, erin.name, 'Quarrington'])).toEqual(
      expect.arrayContaining(['users.email', 'users.display_name', 'chat_messages.content', 'login_throttle.key']),
    );

    const response = await erase(erin.who.userId, { messages: 'delete' }).expect(200);

    expect(response.body).toEqual({
      id: erin.who.userId,
      displayName: 'Former user',
      messages: 'delete',
      messagesDeleted: 2,
    });
    await disconnected;
    const scanned = await textColumns(testApp.dataSource);
    expect(scanned.map(({ table, column }) => `${table}.${column}`)).toEqual(
      expect.arrayContaining(['users.email', 'notifications.data', 'chat_messages.search_vector', 'audit_log.details']),
    );
    expect(await columnsHolding(testApp.dataSource, [erin.email, erin.name, 'Quarrington'])).toEqual([]);
    const [account] = await testApp.dataSource.query(
      `SELECT display_name, email, avatar_url, password_hash, is_active, erased_at FROM users WHERE id = $1`,
      [erin.who.userId],
    );
    expect(account).toEqual({
      display_name: 'Former user',
      email: `erased-${erin.who.userId}@erased.invalid`,
      avatar_url: null,
      password_hash: null,
      is_active: false,
      erased_at: expect.any(Date),
    });
    const [sessions] = await testApp.dataSource.query(
      `SELECT count(*) FILTER (WHERE revoked_at IS NULL)::int AS live, count(ip_address)::int AS addresses
         FROM sessions WHERE user_id = $1`,
      [erin.who.userId],
    );
    expect(sessions).toEqual({ live: 0, addresses: 0 });
    await http().post('/api/auth/login').send({ email: erin.email, password: COLLEAGUE_PASSWORD }).expect(401);
    expect(
      await testApp.dataSource.query(`SELECT 1 FROM notification_preferences WHERE user_id = $1`, [erin.who.userId]),
    ).toEqual([]);
  });

  it('deletes the messages as placeholders from "Former user", out of search', async () => {
    const dana = await person('erasure-dana', 'Dana Kowalczyk');
    expect((await search('pineapple')).map((item) => item.message.id)).toEqual(expect.arrayContaining(dana.own));

    await erase(dana.who.userId, { messages: 'delete' }).expect(200);

    const { body } = await http().get(`/api/chat/conversations/${dana.group}/messages`).set(bearer(olaf)).expect(200);
    const own = (body.items as { id: string; content: string; deletedAt: string | null; sender: unknown }[]).filter(
      (message) => dana.own.includes(message.id),
    );
    expect(own).toEqual(
      dana.own.map((id) =>
        expect.objectContaining({
          id,
          content: '',
          deletedAt: expect.any(String),
          sender: { id: dana.who.userId, displayName: 'Former user' },
        }),
      ),
    );
    expect((await search('pineapple')).map((item) => item.message.id)).not.toEqual(
      expect.arrayContaining([dana.own[0]]),
    );
    const [vectors] = await testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM chat_messages WHERE id = ANY($1::uuid[]) AND search_vector <> ''::tsvector`,
      [dana.own],
    );
    expect(vectors.count).toBe(0);
  });

  it('keeps the messages, shown from "Former user", still found by their words', async () => {
    const kim = await person('erasure-kim', 'Kimberley Ashdown');

    const response = await erase(kim.who.userId, { messages: 'keep' }).expect(200);

    expect(response.body).toEqual(expect.objectContaining({ messages: 'keep', messagesDeleted: 0 }));
    const { body } = await http().get(`/api/chat/conversations/${kim.group}/messages`).set(bearer(olaf)).expect(200);
    const items = body.items as { id: string; content: string; deletedAt: string | null; sender: unknown }[];
    expect(items.filter((message) => kim.own.includes(message.id))).toEqual(
      kim.own.map((id) =>
        expect.objectContaining({ id, deletedAt: null, sender: { id: kim.who.userId, displayName: 'Former user' } }),
      ),
    );
    expect(items.find((message) => !kim.own.includes(message.id))?.content).toBe(
      `@[Former user](user:${kim.who.userId}) see this, or mail [email removed], ask Former user`,
    );
    expect((await search('pineapple')).map((item) => item.message.id)).toEqual(expect.arrayContaining(kim.own));
    expect(await columnsHolding(testApp.dataSource, [kim.email, kim.name, 'Ashdown'])).toEqual([]);
  });

  it('keeps the audit chain verifiable, and records the erasure without the erased data', async () => {
    const lee = await person('erasure-lee', 'Leopold Fairweather');
    await auditChained(testApp);

    await erase(lee.who.userId, { messages: 'keep' }).expect(200);

    await auditChained(testApp);
    const { body } = await http().get('/api/admin/audit/verify').set(bearer(admin)).expect(200);
    expect(body).toEqual(expect.objectContaining({ verified: true, firstBroken: null }));
    const entries = await storedEntries(testApp, `e.action = 'privacy.user-erased' AND e.target_id = $1`, [
      lee.who.userId,
    ]);
    expect(entries).toEqual([
      expect.objectContaining({
        actorId: admin.userId,
        targetType: 'user',
        outcome: 'success',
        details: { messages: 'keep', messagesDeleted: 0 },
      }),
    ]);
    const listed = await http().get('/api/admin/audit').query({ actor: lee.who.userId }).set(bearer(admin)).expect(200);
    expect(listed.body.items.length).toBeGreaterThan(0);
    expect(
      listed.body.items.every((item: { actor: { displayName: string } }) => item.actor.displayName === 'Former user'),
    ).toBe(true);
    const request = await storedEntries(testApp, `e.action = 'api.request' AND e.details->>'route' = $1`, [
      '/api/admin/users/:id/erase',
    ]);
    expect(request.length).toBeGreaterThan(0);
  });

  it('refuses the last active administrator with 409, and lets an administrator erase themselves while another remains', async () => {
    const kairoi = await signIn(testApp, KAIROI_ADMIN);
    const last = await erase(kairoi.userId, { messages: 'keep' }, kairoi).expect(409);
    expect(last.body.code).toBe(ERROR_CODES.lastAdmin);
    expect(last.body.message).toMatch(/last active administrator/);

    const deputy = await colleague(testApp, 'erasure-deputy', { role: 'admin' });
    await erase(deputy.userId, { messages: 'keep' }, deputy).expect(200);
  });

  it('refuses an erased account any further change, 404s another organization’s user, 403s a non-admin', async () => {
    const gus = await colleague(testApp, 'erasure-gus');
    await erase(gus.userId, { messages: 'keep' }).expect(200);

    expect((await erase(gus.userId, { messages: 'keep' }).expect(409)).body.code).toBe(ERROR_CODES.accountErased);
    const reactivate = await http().patch(`/api/admin/users/${gus.userId}`).set(bearer(admin)).send({ isActive: true });
    expect(reactivate.status).toBe(409);
    expect(reactivate.body.code).toBe(ERROR_CODES.accountErased);
    await http()
      .post(`/api/admin/users/${gus.userId}/reset-password`)
      .set(bearer(admin))
      .send({ delivery: 'temporary-password' })
      .expect(409);
    const described = await http().get(`/api/admin/users/${gus.userId}`).set(bearer(admin)).expect(200);
    expect(described.body).toEqual(
      expect.objectContaining({ displayName: 'Former user', erased: true, isActive: false }),
    );

    const kairoiUser = await colleague(testApp, 'erasure-elsewhere', { organization: 'kairoi' });
    await erase(kairoiUser.userId, { messages: 'keep' }).expect(404);
    await erase(olaf.userId, { messages: 'keep' }, kairoiUser).expect(403);
  });

  it('answers 400 naming the field for a bad body or id', async () => {
    const cases: [object, string][] = [
      [{}, 'messages'],
      [{ messages: 'purge' }, 'messages'],
      [{ messages: 'keep', also: 1 }, 'also'],
    ];
    for (const [body, field] of cases) {
      const response = await erase(olaf.userId, body).expect(400);
      expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    }
    const badId = await erase('not-a-uuid', { messages: 'keep' }).expect(400);
    expect(badId.body.details).toEqual([{ field: 'id', problems: ['id must be a UUID'] }]);
    const [{ active }] = await testApp.dataSource.query(`SELECT is_active AS active FROM users WHERE id = $1`, [
      olaf.userId,
    ]);
    expect(active).toBe(true);
  });
});
