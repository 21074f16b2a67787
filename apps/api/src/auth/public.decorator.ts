import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { describeRouteAccess, ROUTE_ACCESS, RouteAccess } from './route-access';

/** Opts a route out of authentication. Everything else requires a signed-in caller. */
export function Public(): MethodDecorator & ClassDecorator {
  const access: RouteAccess = { public: true };
  return applyDecorators(
    SetMetadata(ROUTE_ACCESS, access),
    ApiExtension('x-required-permission', describeRouteAccess(access)),
  );
}
