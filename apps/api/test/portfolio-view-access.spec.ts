import { tabOfView, VIEW_IDS, ViewId, VIEWS } from '@ownerdash/contracts';
import request from 'supertest';
import { Property } from '../src/organizations/property.entity';
import {
  DAILY_METRICS,
  EVICTIONS,
  FINANCIAL_LINES,
  FORMER_RESIDENTS,
  MARKET_COMPS,
  MONTHLY_COUNTS,
  REVIEWS,
  UNITS,
  WORK_ORDERS,
} from '../src/portfolio/demo-data/portfolio-tables';
import { declaredRoutes } from './support/declared-routes';
import { propertiesOf } from './support/portfolio-fixtures';
import { bearer, SignedIn, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { TEST_NOW } from './support/test-clock';
import { createUser } from './support/users';

/** The only views whose purpose needs residents' names and contact details. */
const PERSONAL_DATA_VIEWS: readonly ViewId[] = [
  'delinquency.ar_table',
  'renewals.drillthrough',
  'delinquency.evictions',
];
const PERSONAL_DATA = /resident(Name|Email|Phone)|@example\.com|555-01\d\d/;

/** Every table the demo generator fills per property: all the facts the views read. */
const PORTFOLIO_TABLES = [
  UNITS,
  DAILY_METRICS,
  MONTHLY_COUNTS,
  FINANCIAL_LINES,
  REVIEWS,
  WORK_ORDERS,
  EVICTIONS,
  FORMER_RESIDENTS,
  MARKET_COMPS,
].map((spec) => spec.table);

interface ViewRoute {
  readonly path: string;
  readonly view: ViewId;
}

/**
 * Rules every view route must keep, checked over all of them on the generated demo portfolio:
 * scope narrowing, the permission tree, and personal data only where a view needs it.
 */
describe('every portfolio view route', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let userId: string;
  let phh: Record<string, Property>;
  let routes: ViewRoute[];

  const http = () => request(testApp.server);
  const signInUser = () => signIn(testApp, 'scoped.pm@phh.example', 'scoped manager 12');
  const setTree = (body: object) =>
    http().put(`/api/admin/users/${userId}/permissions`).set(bearer(admin)).send(body).expect(200);
  const parkside = () => phh['Parkside'] as Property;

  beforeAll(async () => {
    testApp = await startTestApp({ config: { demoPortfolio: true }, now: TEST_NOW });
    admin = await signIn(testApp, PHH_ADMIN);
    userId = (await createUser(testApp, { email: 'scoped.pm@phh.example', password: 'scoped manager 12' })).id;
    phh = await propertiesOf(testApp.dataSource, 'phh');
    await http()
      .put(`/api/admin/users/${userId}/access`)
      .set(bearer(admin))
      .send({ propertyIds: [parkside().id] })
      .expect(200);
    routes = declaredRoutes(testApp).flatMap(({ route, access }) =>
      access?.view ? [{ path: route.replace(/^GET /, ''), view: access.view }] : [],
    );
  });

  afterAll(() => testApp.close());

  it('serve every registry view at /api/portfolio/<tab>/<view>, one route each', () => {
    expect(routes.map((route) => route.view).sort()).toEqual([...VIEW_IDS].sort());
    for (const { path, view } of routes) {
      const [tab, name] = view.split('.');
      expect(path).toBe(`/api/portfolio/${tab}/${name?.replace(/_/g, '-')}`);
    }
    expect(new Set(routes.map((route) => route.view)).size).toBe(routes.length);
  });

  it('refuse a property outside the caller’s scope', async () => {
    const user = await signInUser();
    const harborView = phh['Harbor View'] as Property;
    for (const { path } of routes) {
      const { status, body } = await http().get(`${path}?propertyIds=${harborView.id}`).set(bearer(user));
      expect({ path, status, code: body.code }).toEqual({ path, status: 403, code: 'PROPERTY_OUT_OF_SCOPE' });
    }
  });

  it('answer 403 for a hidden view and for every view of a hidden tab', async () => {
    for (const { id: view } of VIEWS.filter((registered) => routes.some((route) => route.view === registered.id))) {
      await setTree({ views: { [view]: false } });
      const user = await signInUser();
      for (const route of routes) {
        const { status } = await http().get(route.path).set(bearer(user));
        expect({ path: route.path, hidden: view, status }).toEqual({
          path: route.path,
          hidden: view,
          status: route.view === view ? 403 : 200,
        });
      }
      await setTree({ views: { [view]: true } });
    }
    const tab = tabOfView(routes[0]?.view as ViewId);
    await setTree({ tabs: { [tab]: false } });
    const user = await signInUser();
    for (const route of routes) {
      const { status } = await http().get(route.path).set(bearer(user));
      expect({ path: route.path, status }).toEqual({
        path: route.path,
        status: tabOfView(route.view) === tab ? 403 : 200,
      });
    }
    await setTree({ tabs: { [tab]: true } });
    // Some 900 requests (every route with each view hidden in turn), each one audited: longer than
    // the default allows on a busy 2-core machine.
  }, 120_000);

  it('carry residents’ personal data only in the views whose purpose needs it', async () => {
    for (const { path, view } of routes) {
      const { body } = await http().get(path).set(bearer(admin)).expect(200);
      const json = JSON.stringify(body);
      expect({ path, personalData: PERSONAL_DATA.test(json) }).toEqual({
        path,
        personalData: PERSONAL_DATA_VIEWS.includes(view),
      });
    }
  });

  // Last, as it empties the rest of PHH's portfolio. The scoped answer must be the admin's for
  // Parkside, and must stay the same when everything outside Parkside goes, while the admin's
  // answer for the whole portfolio changes: a view that ignored the scope would fail one or the other.
  it('give a user scoped to Parkside what the admin sees for Parkside, blind to the other properties', async () => {
    const user = await signInUser();
    const answer = async (session: SignedIn, path: string): Promise<unknown> => {
      const { status, body } = await http().get(path).set(bearer(session));
      expect({ path, status }).toEqual({ path, status: 200 });
      return body;
    };
    const before: { path: string; scoped: unknown; whole: unknown }[] = [];
    for (const { path } of routes) {
      const scoped = await answer(user, path);
      expect({ path, body: scoped }).toEqual({
        path,
        body: await answer(admin, `${path}?propertyIds=${parkside().id}`),
      });
      before.push({ path, scoped, whole: await answer(admin, path) });
    }

    const others = Object.values(phh)
      .filter((property) => property.id !== parkside().id)
      .map((property) => property.id);
    for (const table of PORTFOLIO_TABLES) {
      await testApp.dataSource.query(`DELETE FROM ${table} WHERE property_id = ANY($1)`, [others]);
    }

    for (const { path, scoped, whole } of before) {
      expect({ path, body: await answer(user, path) }).toEqual({ path, body: scoped });
      expect({ path, body: await answer(admin, path) }).not.toEqual({ path, body: whole });
    }
  });
});
