import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { ROUTE_ACCESS, RouteAccess } from '../../src/auth/route-access';
import { TestApp } from './test-app';

export interface DeclaredRoute {
  readonly route: string;
  readonly access: RouteAccess | undefined;
}

/** Every route of the application with what it declares, found by walking the controllers. */
export function declaredRoutes(testApp: TestApp): DeclaredRoute[] {
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
