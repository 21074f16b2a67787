import { randomUUID } from 'node:crypto';
import { ChartSnapshot, REFERENCE_ROW_VIEWS, TableRowSnapshot, tabOfView, VIEW_IDS } from '@ownerdash/contracts';
import request from 'supertest';
import { Property } from '../src/organizations/property.entity';
import { VIEW_PERIODS } from '../src/portfolio/views/answers/view-answers';
import { colleague, COLLEAGUE_PASSWORD, sendMessage, startConversation } from './support/chat';
import { ChatClient, connect, recorder } from './support/chat-sockets';
import { insertEvictions, insertFormerResidents } from './support/delinquency-fixtures';
import { insertMetrics, insertUnits, propertiesOf } from './support/portfolio-fixtures';
import { bearer, SignedIn, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { isoDaysFromToday, TEST_NOW } from './support/test-clock';

/** The route of a registry view: `overview.kpi_tiles` is served at `/api/portfolio/overview/kpi-tiles`. */
function routeOf(view: string): string {
  const [tab, name = ''] = view.split('.');
  return `/api/portfolio/${tab}/${name.replace(/_/g, '-')}`;
}

/** What the dashboard's answer holds at a snapshot's dotted path (`-1`: the last item). */
function at(answer: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, part) => {
    if (Array.isArray(value)) {
      return value.at(Number(part));
    }
    return value === null || value === undefined ? undefined : (value as Record<string, unknown>)[part];
  }, answer);
}

const RESIDENT = { name: 'Zelda Quince', email: 'zelda.quince@example.com', phone: '555-0199' };

describe('chat references to units, charts and table rows', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let ada: SignedIn;
  let scoped: SignedIn;
  let parkside: Property;
  let harbor: Property;
  let groupId: string;
  let evictionId: string;
  let formerResidentId: string;
  const clients: ChatClient[] = [];
  const http = () => request(testApp.server);
  const period = { from: '2026-10-01', to: '2026-11-30' };

  function send(who: SignedIn, content: string, reference: object, conversationId = groupId) {
    return sendMessage(testApp, who, conversationId, content).send({ reference });
  }

  async function storedCount(conversationId = groupId): Promise<number> {
    const [{ count }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM chat_messages WHERE conversation_id = $1`,
      [conversationId],
    );
    return count;
  }

  beforeAll(async () => {
    testApp = await startTestApp({ now: TEST_NOW });
    const { dataSource } = testApp;
    admin = await signIn(testApp, PHH_ADMIN);
    const phh = await propertiesOf(dataSource, 'phh');
    parkside = phh['Parkside'] as Property;
    harbor = phh['Harbor View'] as Property;
    await insertUnits(dataSource, parkside, [
      {
        unitNumber: '204',
        status: 'occupied',
        floorplan: 'B2',
        bedrooms: 2,
        squareFeet: 940,
        marketRent: 1725,
        currentRent: 1650,
        leaseStart: '2026-01-01',
        leaseEnd: isoDaysFromToday(40),
        balance: 4321.5,
        daysPastDue: 45,
        residentName: RESIDENT.name,
        residentEmail: RESIDENT.email,
        residentPhone: RESIDENT.phone,
      },
      { unitNumber: '205', status: 'vacant', marketRent: 1500 },
    ]);
    await insertMetrics(dataSource, parkside, [
      { metricDate: '2026-10-31', occupancyPct: 91.5, vacant: 3 },
      { metricDate: '2026-11-30', occupancyPct: 92.7, vacant: 2 },
    ]);
    await insertEvictions(dataSource, parkside, [
      {
        caseNumber: 'PK-77',
        unitNumber: '204',
        residentName: RESIDENT.name,
        filedOn: '2026-09-01',
        status: 'filed',
        balance: 2890,
      },
    ]);
    await insertFormerResidents(dataSource, parkside, [
      {
        unitNumber: '201',
        residentName: RESIDENT.name,
        movedOutOn: '2026-06-30',
        balance: 775,
        collectionStatus: 'agency',
      },
    ]);
    [{ id: evictionId }] = await dataSource.query(`SELECT id FROM evictions WHERE case_number = 'PK-77'`);
    [{ id: formerResidentId }] = await dataSource.query(`SELECT id FROM former_residents WHERE unit_number = '201'`);

    [ada, scoped] = await Promise.all(['types-ada', 'types-scoped'].map((name) => colleague(testApp, name)));
    await http()
      .put(`/api/admin/users/${scoped.userId}/access`)
      .set(bearer(admin))
      .send({ propertyIds: [harbor.id] })
      .expect(200);
    scoped = await signIn(testApp, 'types-scoped@phh.example', COLLEAGUE_PASSWORD);
    groupId = (
      await startConversation(testApp, admin, { type: 'group', name: 'Types', memberIds: [ada.userId, scoped.userId] })
    ).id;
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await testApp.close();
  });

  it('shares every registry view as a chart whose snapshot is the view’s own answer for the period and properties', async () => {
    for (const view of VIEW_IDS) {
      const state = { propertyIds: [parkside.id], ...period };
      const sent = await send(admin, `Chart ${view}`, { type: 'chart', id: `portfolio:${view}`, state });
      expect({ view, status: sent.status }).toEqual({ view, status: 201 });
      const dashboard = await http()
        .get(routeOf(view))
        .query({ propertyIds: parkside.id, ...(VIEW_PERIODS[view] === 'range' ? period : {}) })
        .set(bearer(admin))
        .expect(200);
      const snapshot = sent.body.reference.snapshot as ChartSnapshot;
      expect({ view, type: sent.body.reference.type, snapshotView: snapshot.view }).toEqual({
        view,
        type: 'chart',
        snapshotView: view,
      });
      expect(snapshot.figures.length).toBeGreaterThan(0);
      for (const figure of snapshot.figures) {
        const expected = at(dashboard.body, figure.key);
        expect({ view, key: figure.key, value: figure.value }).toEqual({
          view,
          key: figure.key,
          value: typeof expected === 'number' ? expected : null,
        });
      }
      if (snapshot.series) {
        const [list = '', field = ''] = snapshot.series.key.split('[].');
        const items = (at(dashboard.body, list) as Record<string, unknown>[]).slice(-60);
        expect({ view, values: snapshot.series.points.map((point) => point.value) }).toEqual({
          view,
          values: items.map((item) => (typeof item[field] === 'number' ? item[field] : null)),
        });
      }
      expect(snapshot.takenAt).toBe(TEST_NOW.toISOString());
      expect(snapshot.asOf).not.toBeUndefined();
    }
  });

  it('takes a property’s chart for that property, ignoring the client’s snapshot', async () => {
    const dashboard = await http()
      .get('/api/portfolio/overview/occ-trend')
      .query({ propertyIds: parkside.id, ...period })
      .set(bearer(ada))
      .expect(200);
    const sent = await send(ada, 'Trend', {
      type: 'chart',
      id: `${parkside.slug}:overview.occ_trend`,
      state: period,
      snapshot: { figures: [{ key: 'x', value: 31337 }] },
    }).expect(201);

    expect(sent.body.reference).toMatchObject({
      type: 'chart',
      label: 'Parkside · Occupancy over time',
      state: period,
      snapshot: {
        view: 'overview.occ_trend',
        title: 'Occupancy over time',
        period,
        asOf: period.to,
        series: {
          points: dashboard.body.points.map((point: { periodStart: string; occupancyPct: number | null }) => ({
            label: point.periodStart,
            value: point.occupancyPct,
          })),
        },
      },
    });
    const [stored] = await testApp.dataSource.query(`SELECT reference FROM chat_messages WHERE id = $1`, [
      sent.body.id,
    ]);
    expect(JSON.stringify(stored.reference)).not.toContain('31337');
  });

  it('takes a unit snapshot equal to the unit as the dashboard lists it, without its resident', async () => {
    const ar = await http()
      .get('/api/portfolio/delinquency/ar-table')
      .query({ propertyIds: parkside.id })
      .set(bearer(ada))
      .expect(200);
    const row = ar.body.items.find((item: { unitNumber: string }) => item.unitNumber === '204');
    const sent = await send(ada, 'This unit', { type: 'unit', id: `${parkside.slug}:204` }).expect(201);

    expect(sent.body.reference).toEqual({
      type: 'unit',
      id: `${parkside.slug}:204`,
      state: {},
      label: 'Parkside · Unit 204',
      snapshot: {
        asOf: '2026-12-01',
        takenAt: TEST_NOW.toISOString(),
        propertyName: row.propertyName,
        unitNumber: '204',
        floorplan: 'B2',
        bedrooms: 2,
        squareFeet: 940,
        status: 'occupied',
        marketRent: 1725,
        currentRent: row.currentRent,
        leaseEnd: row.leaseEnd,
      },
    });
  });

  it('takes each row view’s row as that view lists it, never with the resident’s name or contacts', async () => {
    const rows: Record<
      (typeof REFERENCE_ROW_VIEWS)[number],
      { key: string; find: (item: Record<string, unknown>) => boolean }
    > = {
      'delinquency.ar_table': { key: '204', find: (item) => item['unitNumber'] === '204' },
      'renewals.drillthrough': { key: '204', find: (item) => item['unitNumber'] === '204' },
      'delinquency.evictions': { key: evictionId, find: (item) => item['id'] === evictionId },
      'delinquency.former_residents': { key: formerResidentId, find: (item) => item['id'] === formerResidentId },
    };
    for (const view of REFERENCE_ROW_VIEWS) {
      const { key, find } = rows[view];
      const listed = await http().get(routeOf(view)).query({ propertyIds: parkside.id }).set(bearer(admin)).expect(200);
      const row = listed.body.items.find(find);
      const sent = await send(admin, `Row of ${view}`, { type: 'table_row', id: `${parkside.slug}:${view}:${key}` });
      expect({ view, status: sent.status }).toEqual({ view, status: 201 });
      const snapshot = sent.body.reference.snapshot as TableRowSnapshot;
      expect(snapshot).toMatchObject({
        view,
        propertyName: 'Parkside',
        unitNumber: row.unitNumber,
        asOf: '2026-12-01',
      });
      for (const figure of snapshot.figures) {
        expect({ view, key: figure.key, value: figure.value }).toEqual({
          view,
          key: figure.key,
          value: row[figure.key],
        });
      }
      const [stored] = await testApp.dataSource.query(
        `SELECT reference::text AS raw FROM chat_messages WHERE id = $1`,
        [sent.body.id],
      );
      for (const personal of [RESIDENT.name, RESIDENT.email, RESIDENT.phone, 'PK-77', 'v1:']) {
        expect({ view, personal, stored: stored.raw.includes(personal) }).toEqual({ view, personal, stored: false });
      }
    }
    const ar = (await send(admin, 'Owes', { type: 'table_row', id: `${parkside.slug}:delinquency.ar_table:204` })).body
      .reference.snapshot;
    expect(ar).toMatchObject({
      status: '31-60',
      figures: [
        { key: 'balance', value: 4321.5, unitOfMeasure: 'usd' },
        { key: 'daysPastDue', value: 45 },
        { key: 'currentRent', value: 1650 },
      ],
    });
  });

  it('answers 400 naming a malformed id and 404 naming a unit or row that does not exist, storing nothing', async () => {
    const before = await storedCount();
    const badView = await send(ada, 'x', { type: 'chart', id: 'portfolio:overview.nothing' }).expect(400);
    expect(badView.body.details).toEqual([
      { field: 'reference.id', problems: [expect.stringContaining('overview.nothing')] },
    ]);
    const badCase = await send(ada, 'x', {
      type: 'table_row',
      id: `${parkside.slug}:delinquency.evictions:PK-77`,
    }).expect(400);
    expect(badCase.body.message).toContain('a UUID (got "PK-77")');
    const noUnit = await send(ada, 'x', { type: 'unit', id: `${parkside.slug}:999` }).expect(404);
    expect(noUnit.body.message).toContain('unit 999');
    const noRow = await send(ada, 'x', { type: 'table_row', id: `${parkside.slug}:delinquency.ar_table:205` }).expect(
      404,
    );
    expect(noRow.body.message).toContain('row 205 of delinquency.ar_table');
    expect(await storedCount()).toBe(before);
  });

  it('refuses with 403 naming the view or property the sender may not see, and stores nothing', async () => {
    let viewless = await colleague(testApp, 'types-viewless');
    await http()
      .put(`/api/admin/users/${viewless.userId}/permissions`)
      .set(bearer(admin))
      .send({ views: { 'delinquency.ar_table': false, 'overview.occ_trend': false, 'overview.unit_mix': false } })
      .expect(200);
    viewless = await signIn(testApp, 'types-viewless@phh.example', COLLEAGUE_PASSWORD);
    const direct = await startConversation(testApp, viewless, { type: 'direct', memberIds: [ada.userId] });
    for (const [reference, view] of [
      [{ type: 'chart', id: 'portfolio:overview.occ_trend' }, 'overview.occ_trend'],
      [{ type: 'table_row', id: `${parkside.slug}:delinquency.ar_table:204` }, 'delinquency.ar_table'],
      [{ type: 'unit', id: `${parkside.slug}:204` }, 'overview.unit_mix'],
    ] as const) {
      const response = await send(viewless, 'x', reference, direct.id).expect(403);
      expect(response.body).toMatchObject({ code: 'VIEW_NOT_PERMITTED' });
      expect(response.body.message).toContain(view);
    }
    const outside = await send(scoped, 'x', { type: 'chart', id: `${parkside.slug}:overview.occ_trend` }).expect(403);
    expect(outside.body).toMatchObject({ code: 'PROPERTY_OUT_OF_SCOPE' });
    expect(outside.body.message).toContain(parkside.slug);
    const picked = await send(scoped, 'x', {
      type: 'chart',
      id: 'portfolio:overview.occ_trend',
      state: { propertyIds: [parkside.id] },
    }).expect(403);
    expect(picked.body.message).toContain(parkside.id);
    expect(await storedCount(direct.id)).toBe(0);
  });

  it('shows a reader outside the property only the type of a chart and a row, on REST, socket and search', async () => {
    const socket = await connect(testApp.url, scoped);
    clients.push(socket);
    const created = recorder(socket, 'hub:message_created', (message) => message.conversationId === groupId);
    const chart = await send(ada, 'Quokkaquarterly chart', {
      type: 'chart',
      id: `${parkside.slug}:delinquency.summary`,
    }).expect(201);
    const row = await send(ada, 'Quokkaquarterly row', {
      type: 'table_row',
      id: `${parkside.slug}:delinquency.ar_table:204`,
    }).expect(201);
    await created.until(2);

    const rest = await http().get(`/api/chat/conversations/${groupId}/messages`).set(bearer(scoped)).expect(200);
    const search = await http().get('/api/chat/search').query({ q: 'quokkaquarterly' }).set(bearer(scoped)).expect(200);
    const ids = [chart.body.id, row.body.id];
    const restMessages = rest.body.items.filter((message: { id: string }) => ids.includes(message.id));

    expect(restMessages.map((message: { reference: unknown }) => message.reference)).toEqual([
      { type: 'chart', restricted: true },
      { type: 'table_row', restricted: true },
    ]);
    expect(created.received.map((message) => message.reference)).toEqual([
      { type: 'chart', restricted: true },
      { type: 'table_row', restricted: true },
    ]);
    expect(search.body.items.map((hit: { message: { reference: unknown } }) => hit.message.reference)).toEqual(
      expect.arrayContaining([
        { type: 'chart', restricted: true },
        { type: 'table_row', restricted: true },
      ]),
    );
    for (const raw of [restMessages, created.received, search.body].map((payload) => JSON.stringify(payload))) {
      expect(raw).not.toContain('4321.5');
      expect(raw).not.toContain('Arrears by age');
      expect(raw).not.toContain(parkside.slug);
      expect(raw).not.toContain('Unit 204');
    }
  });

  describe('values now', () => {
    const current = (who: SignedIn, messageIds: string[]) =>
      http().post('/api/chat/references/current').set(bearer(who)).send({ messageIds });

    it('answers each reference as the dashboard answers the reader now, over the properties it covered', async () => {
      const kpi = await send(ada, 'Occupancy then', { type: 'kpi', id: `${parkside.slug}:occupancy_pct` }).expect(201);
      const chart = await send(ada, 'Arrears then', {
        type: 'chart',
        id: `${parkside.slug}:delinquency.summary`,
      }).expect(201);
      const harborWide = await send(scoped, 'Harbor then', { type: 'kpi', id: 'portfolio:vacant_units' }).expect(201);
      expect(kpi.body.reference.snapshot.value).toBe(92.7);

      await insertMetrics(testApp.dataSource, parkside, [{ metricDate: '2026-12-01', occupancyPct: 90.1, vacant: 4 }]);
      await insertMetrics(testApp.dataSource, harbor, [{ metricDate: '2026-12-01', occupancyPct: 80, vacant: 9 }]);
      await testApp.dataSource.query(`UPDATE units SET balance = 5000 WHERE property_id = $1 AND unit_number = '204'`, [
        parkside.id,
      ]);

      const answer = await current(admin, [kpi.body.id, chart.body.id, harborWide.body.id]).expect(200);
      const byMessage = new Map(
        answer.body.items.map((item: { messageId: string; reference: unknown }) => [item.messageId, item.reference]),
      );
      const tiles = await http()
        .get('/api/portfolio/overview/kpi-tiles')
        .query({ propertyIds: parkside.id })
        .set(bearer(admin))
        .expect(200);
      const harborTiles = await http()
        .get('/api/portfolio/overview/kpi-tiles')
        .query({ propertyIds: harbor.id })
        .set(bearer(admin))
        .expect(200);
      const summary = await http()
        .get('/api/portfolio/delinquency/summary')
        .query({ propertyIds: parkside.id })
        .set(bearer(admin))
        .expect(200);

      expect(tiles.body.occupancyPct.value).toBe(90.1);
      expect(byMessage.get(kpi.body.id)).toMatchObject({
        type: 'kpi',
        id: `${parkside.slug}:occupancy_pct`,
        label: 'Parkside · Occupancy',
        snapshot: { value: tiles.body.occupancyPct.value, asOf: '2026-12-01' },
      });
      expect(byMessage.get(chart.body.id)).toMatchObject({
        type: 'chart',
        snapshot: { figures: [{ key: 'totalBalance', value: summary.body.totalBalance }, {}, {}] },
      });
      expect(summary.body.totalBalance).toBe(5000);
      // The sender saw Harbor View alone: now is Harbor View alone too, not the admin's whole portfolio.
      expect(byMessage.get(harborWide.body.id)).toMatchObject({
        type: 'kpi',
        snapshot: { value: harborTiles.body.vacantUnits.value },
      });
    });

    it('answers restricted where the reader may not see the item, missing where it is gone, and leaves out the rest', async () => {
      const row = await send(ada, 'Owes', {
        type: 'table_row',
        id: `${parkside.slug}:delinquency.ar_table:204`,
      }).expect(201);
      const plain = await sendMessage(testApp, ada, groupId, 'No reference').expect(201);
      const elsewhere = await startConversation(testApp, ada, { type: 'direct', memberIds: [admin.userId] });
      const hidden = await send(
        ada,
        'Not for the group',
        { type: 'unit', id: `${parkside.slug}:204` },
        elsewhere.id,
      ).expect(201);

      const restricted = await current(scoped, [row.body.id, plain.body.id, hidden.body.id]).expect(200);
      expect(restricted.body).toEqual({
        items: [{ messageId: row.body.id, reference: { type: 'table_row', restricted: true } }],
      });
      expect(JSON.stringify(restricted.body)).not.toContain('204');

      await testApp.dataSource.query(`UPDATE units SET balance = 0 WHERE property_id = $1 AND unit_number = '204'`, [
        parkside.id,
      ]);
      const gone = await current(ada, [row.body.id]).expect(200);
      expect(gone.body.items).toEqual([
        {
          messageId: row.body.id,
          reference: { type: 'table_row', id: `${parkside.slug}:delinquency.ar_table:204`, missing: true },
        },
      ]);
      await testApp.dataSource.query(
        `UPDATE units SET balance = 4321.5 WHERE property_id = $1 AND unit_number = '204'`,
        [parkside.id],
      );
    });

    it('refuses a request naming no message, too many or something that is not a message id, saying so', async () => {
      const none = await current(ada, []).expect(400);
      expect(none.body.message).toContain('at least one message');
      const many = await current(
        ada,
        Array.from({ length: 51 }, () => randomUUID()),
      ).expect(400);
      expect(many.body.message).toContain('at most 50 messages');
      const bad = await current(ada, ['not-a-message']).expect(400);
      expect(bad.body.message).toContain('each of messageIds must be a message id');
    });
  });

  it('names the tab of every row view in the registry', () => {
    expect(REFERENCE_ROW_VIEWS.map(tabOfView)).toEqual(['delinquency', 'delinquency', 'delinquency', 'renewals']);
  });
});
