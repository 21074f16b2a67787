import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { describeRouteAccess, ROUTE_ACCESS, RouteAccess } from './route-access';

/**
 * Opts a route out of authentication. Everything else requires a signed-in caller. With
 * `serverToken`, the route checks that token of the server's environment itself instead.
 */
export function Public(serverToken?: string): MethodDecorator & ClassDecorator {
  const access: RouteAccess = serverToken ? { public: true, serverToken } : { public: true };
  return applyDecorators(
    SetMetadata(ROUTE_ACCESS, access),
    ApiExtension('x-required-permission', describeRouteAccess(access)),
  );
}
