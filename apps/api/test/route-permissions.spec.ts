import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeRouteAccess } from '../src/auth/route-access';
import { DeclaredRoute, declaredRoutes } from './support/declared-routes';
import { startTestApp, TestApp } from './support/test-app';

function describeDeclaration({ access }: DeclaredRoute): string {
  const pending = access?.allowPendingPasswordChange ? ' (also while a password change is pending)' : '';
  return `${describeRouteAccess(access)}${pending}`;
}

describe('route permissions', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('are declared on every route with @Public() or @Authenticated()', () => {
    const undeclared = declaredRoutes(testApp).filter((route) => route.access === undefined);
    expect(undeclared.map((route) => route.route)).toEqual([]);
  });

  it('are what the reviewed list says (a change here is a change of who may do what)', () => {
    const listing = declaredRoutes(testApp).map((route) => `${route.route} → ${describeDeclaration(route)}`);
    expect(listing).toMatchSnapshot();
  });

  it('are what the committed OpenAPI document tells integrators', () => {
    const document = JSON.parse(
      readFileSync(join(__dirname, '..', '..', '..', 'libs', 'api-client', 'openapi.json'), 'utf8'),
    ) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    for (const route of declaredRoutes(testApp)) {
      const [method, path] = route.route.split(' ');
      const operation = document.paths[(path ?? '').replace(/:(\w+)/g, '{$1}')]?.[(method ?? '').toLowerCase()];
      expect({ route: route.route, rule: operation?.['x-required-permission'] }).toEqual({
        route: route.route,
        rule: describeRouteAccess(route.access),
      });
    }
  });
});
