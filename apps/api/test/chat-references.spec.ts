import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { colleague, COLLEAGUE_PASSWORD, history, sendMessage, startConversation } from './support/chat';
import { ChatClient, connect, recorder } from './support/chat-sockets';
import { propertiesOf } from './support/portfolio-fixtures';
import { bearer, SignedIn, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

describe('chat references', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let ada: SignedIn;
  let scoped: SignedIn;
  let groupId: string;
  let parkside: { id: string; slug: string; name: string };
  let other: { id: string; slug: string };
  const clients: ChatClient[] = [];

  const http = () => request(testApp.server);

  /** Changing someone's rights ends their tokens: they sign in again. */
  const signInAgain = (name: string) => signIn(testApp, `${name}@phh.example`, COLLEAGUE_PASSWORD);

  function send(who: SignedIn, content: string, reference: object) {
    return sendMessage(testApp, who, groupId, content, {}).send({ reference });
  }

  async function storedCount(): Promise<number> {
    const [{ count }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM chat_messages WHERE conversation_id = $1`,
      [groupId],
    );
    return count;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signIn(testApp, PHH_ADMIN);
    [ada, scoped] = await Promise.all(['ref-ada', 'ref-scoped'].map((name) => colleague(testApp, name)));
    const properties = Object.values(await propertiesOf(testApp.dataSource, 'phh'));
    const [first, second] = properties.map(({ id, slug, name }) => ({ id, slug, name }));
    if (!first || !second) {
      throw new Error('The demo organization has fewer than two properties');
    }
    parkside = first;
    other = second;
    await http()
      .put(`/api/admin/users/${scoped.userId}/access`)
      .set(bearer(admin))
      .send({ propertyIds: [other.id] })
      .expect(200);
    scoped = await signInAgain('ref-scoped');
    groupId = (
      await startConversation(testApp, admin, {
        type: 'group',
        name: 'References',
        memberIds: [ada.userId, scoped.userId],
      })
    ).id;
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await testApp.close();
  });

  it('takes a kpi snapshot equal to the dashboard’s KPI tile, ignoring the client’s snapshot', async () => {
    const tiles = await http()
      .get('/api/portfolio/overview/kpi-tiles')
      .query({ propertyIds: parkside.id })
      .set(bearer(ada))
      .expect(200);
    const sent = await send(ada, 'Look at this', {
      type: 'kpi',
      id: `${parkside.slug}:occupancy_pct`,
      state: { propertyIds: [parkside.id], asOf: '2026-10-31' },
      snapshot: { value: 12345, label: 'forged' },
    }).expect(201);

    expect(sent.body.reference).toEqual({
      type: 'kpi',
      id: `${parkside.slug}:occupancy_pct`,
      state: { propertyIds: [parkside.id], asOf: '2026-10-31' },
      label: `${parkside.name} · Occupancy`,
      snapshot: {
        metric: 'occupancy_pct',
        label: 'Occupancy',
        value: tiles.body.occupancyPct.value,
        unitOfMeasure: '%',
        change30d: tiles.body.occupancyPct.change30d,
        asOf: tiles.body.asOf,
        takenAt: expect.any(String),
      },
    });
    const [stored] = await testApp.dataSource.query(`SELECT reference FROM chat_messages WHERE id = $1`, [
      sent.body.id,
    ]);
    expect(JSON.stringify(stored.reference)).not.toContain('12345');
    expect(JSON.stringify(stored.reference)).not.toContain('forged');
    const read = await http().get(`/api/chat/conversations/${groupId}/messages`).set(bearer(ada)).expect(200);
    expect(read.body.items.find((message: { id: string }) => message.id === sent.body.id).reference).toEqual(
      sent.body.reference,
    );
  });

  it('takes a portfolio kpi snapshot equal to the dashboard’s portfolio tile', async () => {
    const tiles = await http().get('/api/portfolio/overview/kpi-tiles').set(bearer(admin)).expect(200);
    const sent = await send(admin, 'Portfolio', { type: 'kpi', id: 'portfolio:vacant_units' }).expect(201);

    expect(sent.body.reference).toMatchObject({
      type: 'kpi',
      label: 'Portfolio · Vacant units',
      state: {},
      snapshot: { value: tiles.body.vacantUnits.value, unitOfMeasure: 'units', asOf: tiles.body.asOf },
    });
  });

  it('takes a property snapshot equal to the dashboard’s property list', async () => {
    const list = await http().get('/api/portfolio/properties').set(bearer(ada)).expect(200);
    const listed = list.body.items.find((item: { id: string }) => item.id === parkside.id);
    const sent = await send(ada, 'This one', { type: 'property', id: parkside.slug }).expect(201);

    expect(sent.body.reference).toMatchObject({
      type: 'property',
      id: parkside.slug,
      label: listed.name,
      snapshot: {
        name: listed.name,
        city: listed.city,
        state: listed.state,
        units: listed.unitCount,
        occupancyPct: listed.occupancyPct,
        leasedPct: listed.leasedPct,
      },
    });
  });

  it('takes the same reference over the socket', async () => {
    const socket = await connect(testApp.url, ada);
    clients.push(socket);
    const answer = await socket.timeout(10_000).emitWithAck('hub:send_message', {
      conversationId: groupId,
      content: 'Over the socket',
      clientMessageId: randomUUID(),
      reference: { type: 'property', id: parkside.slug },
    });

    expect(answer).toMatchObject({
      ok: true,
      message: { reference: { type: 'property', id: parkside.slug, label: parkside.name } },
    });
  });

  it('refuses an unknown type, a malformed id and a type not taken yet with 400 naming it', async () => {
    const before = await storedCount();
    const badType = await send(ada, 'x', { type: 'gauge', id: parkside.slug }).expect(400);
    expect(badType.body.details).toEqual([{ field: 'reference.type', problems: [expect.stringContaining('one of')] }]);
    const badId = await send(ada, 'x', { type: 'kpi', id: `${parkside.slug}:happiness` }).expect(400);
    expect(badId.body.message).toContain(`(got "${parkside.slug}:happiness")`);
    const notYet = await send(ada, 'x', { type: 'watchpoint', id: `${parkside.slug}:occ_below_90` }).expect(400);
    expect(notYet.body.message).toContain('watchpoint is not accepted yet');
    expect(await storedCount()).toBe(before);
  });

  it('answers 404 for a property the organization does not have', async () => {
    const response = await send(ada, 'x', { type: 'property', id: 'no-such-place' }).expect(404);
    expect(response.body.message).toContain('no-such-place');
  });

  it('refuses with 403 naming the property a sender outside its scope, and stores nothing', async () => {
    const before = await storedCount();
    const response = await send(scoped, 'x', { type: 'kpi', id: `${parkside.slug}:occupancy_pct` }).expect(403);
    expect(response.body).toMatchObject({ code: 'PROPERTY_OUT_OF_SCOPE' });
    expect(response.body.message).toContain(parkside.slug);
    expect(await storedCount()).toBe(before);
  });

  it('refuses with 403 naming the view a sender who may not see it, and stores nothing', async () => {
    await http()
      .put(`/api/admin/users/${(await colleague(testApp, 'ref-viewless')).userId}/permissions`)
      .set(bearer(admin))
      .send({ views: { 'overview.kpi_tiles': false } })
      .expect(200);
    const viewless = await signInAgain('ref-viewless');
    const direct = await startConversation(testApp, viewless, { type: 'direct', memberIds: [ada.userId] });
    const response = await sendMessage(testApp, viewless, direct.id, 'x')
      .send({ reference: { type: 'kpi', id: `${parkside.slug}:occupancy_pct` } })
      .expect(403);
    expect(response.body).toMatchObject({ code: 'VIEW_NOT_PERMITTED' });
    expect(response.body.message).toContain('overview.kpi_tiles');
    expect((await history(testApp, viewless, direct.id)).items).toEqual([]);
  });

  it('shows a reader outside the property only the type, on REST, socket and search', async () => {
    const socket = await connect(testApp.url, scoped);
    const senderSocket = await connect(testApp.url, ada);
    clients.push(socket, senderSocket);
    const created = recorder(socket, 'hub:message_created', (message) => message.conversationId === groupId);
    const updated = recorder(socket, 'hub:message_updated');
    const senderCreated = recorder(
      senderSocket,
      'hub:message_created',
      (message) => message.conversationId === groupId,
    );
    const sent = await send(ada, 'Quarterly zebracrossing figure', {
      type: 'kpi',
      id: `${parkside.slug}:leased_pct`,
    }).expect(201);
    const label = sent.body.reference.label as string;
    const value = String(sent.body.reference.snapshot.value);
    await Promise.all([created.until(1), senderCreated.until(1)]);
    await http()
      .patch(`/api/chat/messages/${sent.body.id}`)
      .set(bearer(ada))
      .send({ content: 'Quarterly zebracrossing figure, edited' })
      .expect(200);
    await updated.until(1);

    const rest = await http().get(`/api/chat/conversations/${groupId}/messages`).set(bearer(scoped)).expect(200);
    const search = await http().get('/api/chat/search').query({ q: 'zebracrossing' }).set(bearer(scoped)).expect(200);
    const frame = created.received[0];
    const restMessage = rest.body.items.find((message: { id: string }) => message.id === sent.body.id);

    expect(restMessage.reference).toEqual({ type: 'kpi', restricted: true });
    expect(frame?.reference).toEqual({ type: 'kpi', restricted: true });
    expect(updated.received[0]?.reference).toEqual({ type: 'kpi', restricted: true });
    expect(senderCreated.received[0]?.reference).toEqual(sent.body.reference);
    expect(search.body.items.map((hit: { message: { reference: unknown } }) => hit.message.reference)).toEqual([
      { type: 'kpi', restricted: true },
    ]);
    for (const raw of [restMessage, frame, updated.received[0], search.body].map((payload) =>
      JSON.stringify(payload),
    )) {
      expect(raw).not.toContain(label);
      expect(raw).not.toContain(parkside.slug);
      expect(raw).not.toContain(`"value":${value}`);
    }
  });

  it('shows a reader who loses the view later only the type in the history', async () => {
    let reader = await colleague(testApp, 'ref-reader');
    const direct = await startConversation(testApp, ada, { type: 'direct', memberIds: [reader.userId] });
    const sent = await sendMessage(testApp, ada, direct.id, 'Before')
      .send({ reference: { type: 'kpi', id: `${parkside.slug}:occupancy_pct` } })
      .expect(201);
    const before = await http().get(`/api/chat/conversations/${direct.id}/messages`).set(bearer(reader)).expect(200);
    expect(before.body.items[0].reference).toEqual(sent.body.reference);

    await http()
      .put(`/api/admin/users/${reader.userId}/permissions`)
      .set(bearer(admin))
      .send({ views: { 'overview.kpi_tiles': false } })
      .expect(200);
    reader = await signInAgain('ref-reader');

    const after = await http().get(`/api/chat/conversations/${direct.id}/messages`).set(bearer(reader)).expect(200);
    expect(after.body.items[0].reference).toEqual({ type: 'kpi', restricted: true });
    expect(JSON.stringify(after.body)).not.toContain(sent.body.reference.label);
  });
});
