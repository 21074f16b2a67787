import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { describeRouteAccess, ROUTE_ACCESS, RouteAccess } from './route-access';

export const BEARER_SCHEME = 'bearer';

/**
 * States what a route needs. The same declaration drives the authentication guard and
 * the OpenAPI document (security requirement and `x-required-permission`), so the docs
 * cannot disagree with what is enforced.
 */
export function Authenticated(access: Omit<RouteAccess, 'public'> = {}): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ROUTE_ACCESS, access),
    ApiBearerAuth(BEARER_SCHEME),
    ApiExtension('x-required-permission', describeRouteAccess(access)),
    ApiErrorResponses(401, 403),
  );
}
