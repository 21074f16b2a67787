import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ERROR_CODES, VIEWS } from '@ownerdash/contracts';
import { ApiException } from '../common/api-exception';
import { EffectivePermissionsService } from '../permissions/effective-permissions';
import { AccessTokens } from './access-tokens';
import { unauthenticated } from './auth-errors';
import { Principals } from './principals';
import { AuthenticatedRequest } from './request-auth';
import { ROUTE_ACCESS, RouteAccess } from './route-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The global guard: every route needs a signed-in caller unless it is `@Public()`.
 * Token claims are only a hint; the account's state, session and permission version
 * are checked against the database on every request.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly principals: Principals,
    private readonly permissions: EffectivePermissionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access?.public) {
      return true;
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = /^Bearer ([A-Za-z0-9._-]+)$/.exec(request.get('authorization') ?? '')?.[1];
    const claims = token ? this.tokens.verify(token) : null;
    if (!claims || !UUID.test(claims.sub) || !UUID.test(claims.sid)) {
      throw unauthenticated();
    }
    const principal = await this.principals.load(claims.sub, claims.sid);
    if (!principal || !principal.isActive || !principal.sessionLive || claims.pv < principal.permissionVersion) {
      throw unauthenticated();
    }
    if (principal.mustChangePassword && !access?.allowPendingPasswordChange) {
      throw new ApiException(HttpStatus.FORBIDDEN, {
        message: 'You must change your temporary password before you can continue.',
        code: ERROR_CODES.passwordChangeRequired,
      });
    }
    if (access?.admin && principal.role !== 'admin') {
      throw new ApiException(HttpStatus.FORBIDDEN, {
        message: 'Only administrators can do this.',
        code: ERROR_CODES.adminOnly,
      });
    }
    const auth = {
      userId: claims.sub,
      organizationId: principal.organizationId,
      role: principal.role,
      sessionId: claims.sid,
      permissionVersion: principal.permissionVersion,
      email: principal.email,
      displayName: principal.displayName,
      avatarUrl: principal.avatarUrl,
      organizationName: principal.organizationName,
      mustChangePassword: principal.mustChangePassword,
    };
    if (access?.view && !(await this.permissions.of(auth)).views.includes(access.view)) {
      const label = VIEWS.find((view) => view.id === access.view)?.label ?? access.view;
      throw new ApiException(HttpStatus.FORBIDDEN, {
        message: `Your permissions do not include the ${label} view.`,
        code: ERROR_CODES.viewNotPermitted,
      });
    }
    request.auth = auth;
    return true;
  }
}
