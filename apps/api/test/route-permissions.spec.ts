import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeRouteAccess, ROUTE_ACCESS, RouteAccess } from '../src/auth/route-access';
import { startTestApp, TestApp } from './support/test-app';

interface DeclaredRoute {
  readonly route: string;
  readonly access: RouteAccess | undefined;
}

/** Every route of the application with what it declares, found by walking the controllers. */
function declaredRoutes(testApp: TestApp): DeclaredRoute[] {
  const reflector = testApp.app.get(Reflector);
  const routes: DeclaredRoute[] = [];
  for (const module of testApp.app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) {
        continue;
      }
      const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype).filter((key) => key !== 'constructor')) {
        const handler = prototype[name];
        const path: unknown = typeof handler === 'function' ? Reflect.getMetadata(PATH_METADATA, handler) : undefined;
        if (typeof handler !== 'function' || path === undefined) {
          continue;
        }
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const full = ['api', base, String(path)].filter((part) => part && part !== '/').join('/');
        routes.push({
          route: `${method} /${full}`,
          access: reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [handler, metatype]),
        });
      }
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}

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
