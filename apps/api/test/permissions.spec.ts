import { TAB_IDS, VIEWS } from '@ownerdash/contracts';
import request from 'supertest';
import { GuardFixtureController } from './support/guard-fixture.controller';
import { bearer, SignedIn, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

describe('property scope and the permission tree', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let userId: string;
  let properties: { id: string; name: string }[];

  const http = () => request(testApp.server);
  const me = (session: SignedIn) => http().get('/api/auth/me').set(bearer(session));
  const setPermissions = (body: object, id = userId) =>
    http().put(`/api/admin/users/${id}/permissions`).set(bearer(admin)).send(body);
  const setAccess = (propertyIds: string[], id = userId) =>
    http().put(`/api/admin/users/${id}/access`).set(bearer(admin)).send({ propertyIds });

  /** A fresh sign-in: what the web app gets after its old token was refused. */
  const signInAgain = () => signIn(testApp, 'pm@phh.example', 'property manager 1');

  beforeAll(async () => {
    testApp = await startTestApp({ controllers: [GuardFixtureController] });
    admin = await signIn(testApp, PHH_ADMIN);
    userId = (await createUser(testApp, { email: 'pm@phh.example', password: 'property manager 1' })).id;
    properties = (await http().get('/api/properties').set(bearer(admin)).expect(200)).body.items;
  });

  afterAll(() => testApp.close());

  beforeEach(async () => {
    await setPermissions({
      tabs: Object.fromEntries(TAB_IDS.map((tab) => [tab, true])),
      views: Object.fromEntries(VIEWS.map((view) => [view.id, true])),
    }).expect(200);
    await setAccess([]).expect(200);
  });

  it('serves the registry as a tree to any signed-in user', async () => {
    const user = await signInAgain();
    const { body } = await http().get('/api/permissions/registry').set(bearer(user)).expect(200);
    expect(body.tabs.map((tab: { id: string }) => tab.id)).toEqual([...TAB_IDS]);
    expect(body.tabs[3]).toMatchObject({
      id: 'delinquency',
      label: 'Delinquency',
      views: expect.arrayContaining([
        {
          id: 'delinquency.ar_table',
          label: 'Who owes what',
          description: 'Each unit that owes money, with its resident',
        },
      ]),
    });
  });

  it('gives a new user everything: all tabs, all views, all properties', async () => {
    const { body } = await me(await signInAgain()).expect(200);
    expect(body.permissions.tabs).toEqual([...TAB_IDS]);
    expect(body.permissions.views).toHaveLength(VIEWS.length);
    expect(body.scope).toEqual({ allProperties: true, propertyIds: [] });
  });

  it('applies a tree change on the next request: the old token is refused, a new one carries the new rights', async () => {
    const before = await signInAgain();
    await setPermissions({ tabs: { financials: false }, views: { 'overview.unit_mix': false } }).expect(200);

    await me(before).expect(401);
    const after = await me(await signInAgain()).expect(200);
    expect(after.body.permissions.tabs).not.toContain('financials');
    expect(after.body.permissions.views).not.toContain('overview.unit_mix');
    expect(after.body.permissions.views.some((view: string) => view.startsWith('financials.'))).toBe(false);
    expect(after.body.permissions.views).toContain('overview.kpi_tiles');
  });

  it('keeps view settings while their tab is hidden and restores them when it is shown again', async () => {
    await setPermissions({ views: { 'overview.trade_outs': false } }).expect(200);
    const hidden = await setPermissions({ tabs: { overview: false } }).expect(200);
    expect(hidden.body.tabs.overview).toBe(false);
    expect(hidden.body.views['overview.trade_outs']).toBe(false);
    expect(hidden.body.views['overview.kpi_tiles']).toBe(true);
    let { body } = await me(await signInAgain()).expect(200);
    expect(body.permissions.views.some((view: string) => view.startsWith('overview.'))).toBe(false);

    await setPermissions({ tabs: { overview: true } }).expect(200);
    ({ body } = await me(await signInAgain()).expect(200));
    expect(body.permissions.views).toContain('overview.kpi_tiles');
    expect(body.permissions.views).not.toContain('overview.trade_outs');
  });

  it('enforces a route’s view on the server: hidden view or hidden tab → 403, shown → 200', async () => {
    await http()
      .get('/api/guard-fixture/ar-table')
      .set(bearer(await signInAgain()))
      .expect(200);

    await setPermissions({ views: { 'delinquency.ar_table': false } }).expect(200);
    const hiddenView = await http()
      .get('/api/guard-fixture/ar-table')
      .set(bearer(await signInAgain()))
      .expect(403);
    expect(hiddenView.body).toMatchObject({
      code: 'VIEW_NOT_PERMITTED',
      message: 'Your permissions do not include “Who owes what” on the Delinquency tab.',
    });

    await setPermissions({ views: { 'delinquency.ar_table': true }, tabs: { delinquency: false } }).expect(200);
    await http()
      .get('/api/guard-fixture/ar-table')
      .set(bearer(await signInAgain()))
      .expect(403);

    await setPermissions({ tabs: { delinquency: true } }).expect(200);
    await http()
      .get('/api/guard-fixture/ar-table')
      .set(bearer(await signInAgain()))
      .expect(200);
  });

  it('never hides anything from an admin, whatever their stored tree', async () => {
    await setPermissions({ tabs: { delinquency: false } }, admin.userId).expect(200);
    // Changing one's own tree moves one's own permission version too.
    admin = await signIn(testApp, PHH_ADMIN);
    await http().get('/api/guard-fixture/ar-table').set(bearer(admin)).expect(200);
    expect((await me(admin)).body.permissions.tabs).toContain('delinquency');
    await setPermissions({ tabs: { delinquency: true } }, admin.userId).expect(200);
    admin = await signIn(testApp, PHH_ADMIN);
  });

  it('limits the properties a user sees, in SQL, and takes effect at once', async () => {
    const parkside = properties.find((property) => property.name === 'Parkside');
    const before = await signInAgain();
    expect((await http().get('/api/properties').set(bearer(before)).expect(200)).body.items).toHaveLength(3);

    const saved = await setAccess([parkside?.id ?? '']).expect(200);
    expect(saved.body).toEqual({ propertyIds: [parkside?.id] });
    await http().get('/api/properties').set(bearer(before)).expect(401);

    const after = await signInAgain();
    expect((await http().get('/api/properties').set(bearer(after)).expect(200)).body.items).toEqual([
      { id: parkside?.id, name: 'Parkside', slug: 'parkside' },
    ]);
    expect((await me(after)).body.scope).toEqual({ allProperties: false, propertyIds: [parkside?.id] });

    await setAccess([]).expect(200);
    expect(
      (
        await http()
          .get('/api/properties')
          .set(bearer(await signInAgain()))
          .expect(200)
      ).body.items,
    ).toHaveLength(3);
  });

  it('shows an admin every property of their organization and none of another', async () => {
    const kairoi = await signIn(testApp, 'admin@kairoi.example');
    const items = (await http().get('/api/properties').set(bearer(kairoi)).expect(200)).body.items;
    expect(items).toHaveLength(29);
    expect(items.map((property: { name: string }) => property.name)).not.toContain('Parkside');
  });

  it('reads back the stored tree and scope', async () => {
    await setPermissions({ tabs: { risk: false }, views: { 'leasing.marketing': false } }).expect(200);
    const tree = (await http().get(`/api/admin/users/${userId}/permissions`).set(bearer(admin)).expect(200)).body;
    expect(Object.keys(tree.tabs)).toEqual([...TAB_IDS]);
    expect(tree.tabs.risk).toBe(false);
    expect(tree.views['leasing.marketing']).toBe(false);
    expect(Object.keys(tree.views)).toHaveLength(VIEWS.length);
    expect((await http().get(`/api/admin/users/${userId}/access`).set(bearer(admin)).expect(200)).body).toEqual({
      propertyIds: [],
    });
  });

  describe('bad input', () => {
    it('names unknown tab and view ids', async () => {
      const response = await setPermissions({
        tabs: { payroll: false },
        views: { 'overview.nope': false, 'risk.churn': false },
      });
      expect(response.status).toBe(400);
      expect(response.body.message).toContain('tabs has unknown tab ids: payroll');
      expect(response.body.message).toContain('views has unknown view ids: overview.nope');
    });

    it('names settings that are not booleans', async () => {
      const response = await setPermissions({ tabs: { risk: 'off' } }).expect(400);
      expect(response.body.message).toContain('risk');
    });

    it('names properties that are unknown or of another organization, and changes nothing', async () => {
      const [kairoiProperty] = await testApp.dataSource.query(
        `SELECT p.id FROM properties p JOIN organizations o ON o.id = p.organization_id WHERE o.slug = 'kairoi' LIMIT 1`,
      );
      const missing = '00000000-0000-4000-8000-000000000000';
      const response = await setAccess([properties[0]?.id ?? '', kairoiProperty.id, missing]).expect(400);
      expect(response.body.details).toEqual([
        { field: 'propertyIds', problems: [expect.stringContaining(kairoiProperty.id)] },
      ]);
      expect(response.body.message).toContain(missing);
      expect((await http().get(`/api/admin/users/${userId}/access`).set(bearer(admin))).body.propertyIds).toEqual([]);
    });

    it('refuses property ids that are not UUIDs and a body that is not a list', async () => {
      expect((await setAccess(['parkside']).expect(400)).body.details[0].field).toBe('propertyIds');
      await http().put(`/api/admin/users/${userId}/access`).set(bearer(admin)).send({ propertyIds: 'all' }).expect(400);
    });
  });
});
