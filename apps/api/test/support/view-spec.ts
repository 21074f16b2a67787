import request from 'supertest';
import { Property } from '../../src/organizations/property.entity';
import { propertiesOf } from './portfolio-fixtures';
import { bearer, SignedIn, signIn } from './sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './test-app';
import { TEST_NOW } from './test-clock';
import { createUser } from './users';

/** What a view spec works with: PHH's admin, a user granted Parkside only, and PHH's properties. */
export interface ViewSpec {
  testApp: TestApp;
  admin: SignedIn;
  parksideUser: SignedIn;
  parkside: Property;
  harborView: Property;
  get(session: SignedIn, path: string): request.Test;
}

/** Starts the app at TEST_NOW and signs in the admin and a user whose property scope is Parkside alone. */
export async function startViewSpec(): Promise<ViewSpec> {
  const testApp = await startTestApp({ now: TEST_NOW });
  const admin = await signIn(testApp, PHH_ADMIN);
  const user = await createUser(testApp, { email: 'parkside.pm@phh.example', password: 'parkside manager 1' });
  const phh = await propertiesOf(testApp.dataSource, 'phh');
  const parkside = phh['Parkside'] as Property;
  await request(testApp.server)
    .put(`/api/admin/users/${user.id}/access`)
    .set(bearer(admin))
    .send({ propertyIds: [parkside.id] })
    .expect(200);
  return {
    testApp,
    admin,
    parksideUser: await signIn(testApp, 'parkside.pm@phh.example', 'parkside manager 1'),
    parkside,
    harborView: phh['Harbor View'] as Property,
    get: (session, path) => request(testApp.server).get(`/api/portfolio/${path}`).set(bearer(session)),
  };
}

/** The Parkside user's answer must be exactly the admin's answer for `?propertyIds=<Parkside>`. */
export async function expectParksideUserSeesAdminsParkside(spec: ViewSpec, path: string): Promise<unknown> {
  const scoped = await spec.get(spec.parksideUser, path).expect(200);
  const separator = path.includes('?') ? '&' : '?';
  const adminsParkside = await spec.get(spec.admin, `${path}${separator}propertyIds=${spec.parkside.id}`).expect(200);
  expect(scoped.body).toEqual(adminsParkside.body);
  return scoped.body;
}

/** The routes of one tab, called by view path; `spec` is read on each call, once `beforeAll` has set it. */
export function tabRoutes(spec: () => ViewSpec, tab: string) {
  return {
    get: (session: SignedIn, path: string) => spec().get(session, `${tab}/${path}`),
    expectParksideScoped: (path: string) =>
      expectParksideUserSeesAdminsParkside(spec(), `${tab}/${path}`) as Promise<Record<string, unknown>>,
    /** The admin's request is a 400 whose body says `message`. */
    expectBadRequest: async (path: string, message: string): Promise<void> => {
      const { body } = await spec().get(spec().admin, `${tab}/${path}`).expect(400);
      expect(JSON.stringify(body)).toContain(message);
    },
  };
}
