import request from 'supertest';
import { Property } from '../src/organizations/property.entity';
import { Eviction } from '../src/portfolio/data/eviction.entity';
import { Unit } from '../src/portfolio/data/unit.entity';
import { WorkOrder } from '../src/portfolio/data/work-order.entity';
import { colleague, COLLEAGUE_PASSWORD, sendMessage, startConversation } from './support/chat';
import { ChatClient, connect, recorder } from './support/chat-sockets';
import { insertEvictions } from './support/delinquency-fixtures';
import { insertWorkOrders } from './support/maintenance-fixtures';
import { insertUnits, propertiesOf } from './support/portfolio-fixtures';
import { bearer, SignedIn, signIn } from './support/sessions';
import { KAIROI_ADMIN, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

describe('chat threads about an entity', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let ada: SignedIn;
  let kairoiAdmin: SignedIn;
  let home: Property;
  let away: Property;
  let eviction: string;
  let otherEviction: string;
  let awayEviction: string;
  let unit: Unit;
  let workOrder: string;
  const clients: ChatClient[] = [];

  const http = () => request(testApp.server);
  const signInAgain = (name: string) => signIn(testApp, `${name}@phh.example`, COLLEAGUE_PASSWORD);
  const thread = (who: SignedIn, entityType: string, entityId: string, memberIds: string[], subject = 'About it') =>
    startConversation(testApp, who, { type: 'entity', entityType, entityId, subject, memberIds });
  const threadsAbout = (who: SignedIn, entityType: string, entityId: string) =>
    http().get('/api/chat/conversations').query({ entityType, entityId }).set(bearer(who));
  const counts = (who: SignedIn, entityType: string, ids: string[]) =>
    http()
      .get('/api/chat/entity-threads/counts')
      .query({ entityType, ids: ids.join(',') })
      .set(bearer(who));
  const setAccess = (who: SignedIn, propertyIds: string[]) =>
    http().put(`/api/admin/users/${who.userId}/access`).set(bearer(admin)).send({ propertyIds }).expect(200);
  const setViews = (who: SignedIn, views: Record<string, boolean>) =>
    http().put(`/api/admin/users/${who.userId}/permissions`).set(bearer(admin)).send({ views }).expect(200);

  async function online(who: SignedIn): Promise<ChatClient> {
    const client = await connect(testApp.url, who);
    clients.push(client);
    return client;
  }

  async function evictionId(caseNumber: string): Promise<string> {
    return (await testApp.dataSource.getRepository(Eviction).findOneByOrFail({ caseNumber })).id;
  }

  async function notificationsOf(who: SignedIn, conversationId: string): Promise<number> {
    const [row] = await testApp.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND data->>'conversationId' = $2`,
      [who.userId, conversationId],
    );
    return (row as { count: number }).count;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signIn(testApp, PHH_ADMIN);
    kairoiAdmin = await signIn(testApp, KAIROI_ADMIN);
    ada = await colleague(testApp, 'ada');
    const properties = Object.values(await propertiesOf(testApp.dataSource, 'phh'));
    [home, away] = properties as [Property, Property];
    const evictionCase = { unitNumber: '101', residentName: 'Jordan Avery', status: 'filed' as const, balance: 1200 };
    await insertEvictions(testApp.dataSource, home, [
      { ...evictionCase, caseNumber: 'T-1', filedOn: '2026-10-01' },
      { ...evictionCase, caseNumber: 'T-2', filedOn: '2026-10-02' },
    ]);
    await insertEvictions(testApp.dataSource, away, [{ ...evictionCase, caseNumber: 'T-3', filedOn: '2026-10-03' }]);
    [eviction, otherEviction, awayEviction] = await Promise.all(['T-1', 'T-2', 'T-3'].map(evictionId));
    await insertUnits(testApp.dataSource, home, [
      { unitNumber: 'T-101', status: 'occupied', leaseStart: '2026-01-01', leaseEnd: '2026-12-31' },
    ]);
    unit = await testApp.dataSource.getRepository(Unit).findOneByOrFail({ propertyId: home.id, unitNumber: 'T-101' });
    await insertWorkOrders(testApp.dataSource, home, [
      {
        externalId: 'T-WO-1',
        category: 'Plumbing',
        priority: 'high',
        status: 'open',
        openedAt: '2026-11-01T09:00:00Z',
      },
    ]);
    workOrder = (await testApp.dataSource.getRepository(WorkOrder).findOneByOrFail({ externalId: 'T-WO-1' })).id;
  });

  afterEach(() => {
    for (const client of clients.splice(0)) {
      client.close();
    }
  });

  afterAll(() => testApp.close());

  it('starts several threads about one entity, lists them by entity and counts them per table page', async () => {
    const first = await thread(admin, 'eviction', eviction, [ada.userId], 'Court date');
    const second = await thread(ada, 'eviction', eviction.toUpperCase(), [admin.userId], 'Payment plan');
    const elsewhere = await thread(admin, 'eviction', otherEviction, [ada.userId]);

    expect([first.status, second.status, elsewhere.status]).toEqual([201, 201, 201]);
    expect(first.body).toMatchObject({
      type: 'entity',
      title: 'Court date',
      name: 'Court date',
      entityType: 'eviction',
      entityId: eviction,
      propertyId: home.id,
    });
    expect((first.body['members'] as { userId: string; role: string }[]).map((m) => [m.userId, m.role])).toEqual([
      [admin.userId, 'owner'],
      [ada.userId, 'member'],
    ]);
    const listed = await threadsAbout(ada, 'eviction', eviction).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id).sort()).toEqual([first.id, second.id].sort());
    expect(listed.body.total).toBe(2);
    const counted = await counts(ada, 'eviction', [eviction, otherEviction, awayEviction]).expect(200);
    expect(counted.body).toEqual({
      entityType: 'eviction',
      counts: [
        { entityId: eviction, count: 2 },
        { entityId: otherEviction, count: 1 },
        { entityId: awayEviction, count: 0 },
      ],
    });
  });

  it('takes threads of every entity type, a lease by its unit and end', async () => {
    const cases: [string, string][] = [
      ['unit', unit.id],
      ['lease', `${unit.id}:2026-12-31`],
      ['work_order', workOrder],
    ];
    for (const [entityType, entityId] of cases) {
      const started = await thread(admin, entityType, entityId, [ada.userId]);
      expect([entityType, started.status, started.body['propertyId']]).toEqual([entityType, 201, home.id]);
    }
    await thread(admin, 'lease', `${unit.id}:2027-12-31`, [ada.userId]).then((answer) =>
      expect(answer.status).toBe(404),
    );
  });

  it('takes a thread away at once, over REST and the socket, when its member loses the property or the view', async () => {
    for (const [name, revoke] of [
      ['scope-lost', (who: SignedIn) => setAccess(who, [away.id])],
      ['view-lost', (who: SignedIn) => setViews(who, { 'delinquency.evictions': false })],
    ] as const) {
      const member = await colleague(testApp, name);
      const started = await thread(admin, 'eviction', eviction, [member.userId]);
      const marker = await startConversation(testApp, admin, { type: 'direct', memberIds: [member.userId] });
      const socket = await online(member);
      const removals = recorder(socket, 'hub:conversation_removed');
      const created = recorder(socket, 'hub:message_created');
      await sendMessage(testApp, admin, started.id, 'Before').expect(201);
      await created.until(1);

      await revoke(member);
      await removals.until(1);
      await sendMessage(testApp, admin, started.id, `After, @[${name}](user:${member.userId})`).expect(201);
      await sendMessage(testApp, admin, marker.id, 'Marker').expect(201);
      await created.until(2);

      expect(removals.received).toEqual([{ conversationId: started.id }]);
      expect(created.received.map((message) => message.content)).toEqual(['Before', 'Marker']);
      const renewed = await signInAgain(name);
      await http().get(`/api/chat/conversations/${started.id}`).set(bearer(renewed)).expect(404);
      await sendMessage(testApp, renewed, started.id, 'Still here?').expect(404);
      expect((await threadsAbout(renewed, 'eviction', eviction).expect(200)).body.items).toEqual([]);
      expect((await counts(renewed, 'eviction', [eviction]).expect(200)).body.counts).toEqual([
        { entityId: eviction, count: 0 },
      ]);
      // Told of being added and of the message before; neither the message nor the mention after.
      expect(await notificationsOf(member, started.id)).toBe(2);
    }
  });

  it('adds only people who may see the entity, naming the others', async () => {
    const blind = await colleague(testApp, 'blind');
    await setAccess(blind, [away.id]);
    const started = await thread(admin, 'eviction', eviction, [ada.userId]);

    const refused = await thread(admin, 'eviction', eviction, [ada.userId, blind.userId]);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe(
      `memberIds has people who may not see this eviction (its property or the view delinquency.evictions): ${blind.userId}`,
    );
    const added = await http()
      .post(`/api/chat/conversations/${started.id}/members`)
      .set(bearer(admin))
      .send({ userIds: [blind.userId] })
      .expect(400);
    expect(added.body.details).toEqual([{ field: 'userIds', problems: [expect.stringContaining(blind.userId)] }]);
    await http()
      .post(`/api/chat/conversations/${started.id}/members`)
      .set(bearer(admin))
      .send({ userIds: [(await colleague(testApp, 'seeing')).userId] })
      .expect(200);
  });

  it('answers 404 for an entity that does not exist or that the creator may not see', async () => {
    const scoped = await colleague(testApp, 'scoped-creator');
    await setAccess(scoped, [away.id]);
    const again = await signInAgain('scoped-creator');
    const viewless = await colleague(testApp, 'viewless-creator');
    await setViews(viewless, { 'delinquency.evictions': false });

    const missing = await thread(admin, 'eviction', '00000000-0000-4000-8000-000000000000', [ada.userId]);
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('There is no eviction with this id among those you may see.');
    expect((await thread(admin, 'unit', eviction, [ada.userId])).status).toBe(404);
    expect((await thread(again, 'eviction', eviction, [ada.userId])).status).toBe(404);
    expect((await thread(await signInAgain('viewless-creator'), 'eviction', eviction, [ada.userId])).status).toBe(404);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [object, string][] = [
      [
        { entityType: 'tenant', entityId: eviction, subject: 's', memberIds: [ada.userId] },
        'entityType must be one of',
      ],
      [
        { entityType: 'eviction', entityId: 'T-1', subject: 's', memberIds: [ada.userId] },
        'entityId: for eviction, the id is <eviction case id (uuid)> (got "T-1")',
      ],
      [{ entityType: 'lease', entityId: `${unit.id}:2026-02-30`, subject: 's', memberIds: [ada.userId] }, 'entityId'],
      [{ entityType: 'lease', entityId: unit.id, subject: 's', memberIds: [ada.userId] }, 'entityId'],
      [{ entityType: 'eviction', entityId: eviction, subject: '  ', memberIds: [ada.userId] }, 'subject'],
      [{ entityType: 'eviction', entityId: eviction, subject: 's', memberIds: [] }, 'memberIds'],
      [{ entityType: 'eviction', entityId: eviction, subject: 's', memberIds: [admin.userId] }, 'memberIds'],
    ];
    for (const [body, problem] of cases) {
      const answer = await http()
        .post('/api/chat/conversations')
        .set(bearer(admin))
        .send({ type: 'entity', ...body });
      expect([answer.status, `${answer.body.message} ${JSON.stringify(answer.body.details)}`]).toEqual([
        400,
        expect.stringContaining(problem),
      ]);
    }
    const listed = await http().get('/api/chat/conversations').query({ entityType: 'eviction' }).set(bearer(admin));
    expect([listed.status, listed.body.message]).toEqual([400, expect.stringContaining('entityId')]);
    const counted = await counts(admin, 'eviction', [eviction, 'nope']);
    expect([counted.status, counted.body.message]).toEqual([400, expect.stringContaining('nope')]);
    const tooMany = await counts(
      admin,
      'eviction',
      Array.from({ length: 101 }, () => eviction),
    );
    expect([tooMany.status, tooMany.body.message]).toEqual([400, 'ids may name at most 100 entities']);
  });

  it("keeps another organization's threads and entities out of reach (404, nothing listed or counted)", async () => {
    const started = await thread(admin, 'eviction', eviction, [ada.userId]);

    const kairoiColleague = await colleague(testApp, 'kairoi-member', { organization: 'kairoi' });
    expect((await thread(kairoiAdmin, 'eviction', eviction, [kairoiColleague.userId])).status).toBe(404);
    await http().get(`/api/chat/conversations/${started.id}`).set(bearer(kairoiAdmin)).expect(404);
    await sendMessage(testApp, kairoiAdmin, started.id, 'Hello?').expect(404);
    expect((await threadsAbout(kairoiAdmin, 'eviction', eviction).expect(200)).body.items).toEqual([]);
    expect((await counts(kairoiAdmin, 'eviction', [eviction]).expect(200)).body.counts).toEqual([
      { entityId: eviction, count: 0 },
    ]);
  });
});
