import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard, IAuthGuard, IAuthModuleOptions } from '@nestjs/passport';
import { ApiException } from '../common/api-exception';
import { currentRequestContext } from '../common/request-context/request-context';
import { AccessTokenStrategy } from './access-token.strategy';
import { AuthContext } from './auth-context';
import { unauthenticated } from './auth-errors';
import { AuthenticatedRequest } from './request-auth';
import { ROUTE_ACCESS, RouteAccess } from './route-access';
import { RouteAccessPolicy } from './route-access-policy';

/** @nestjs/passport's guard for this application's access-token strategy, keeping the API's 401 body. */
function bearerGuard(strategyName: string): IAuthGuard {
  class BearerGuard extends AuthGuard(strategyName) {
    /** Stores the caller where `@CurrentAuth()` reads it; no server-side session. */
    override getAuthenticateOptions(): IAuthModuleOptions {
      return { session: false, property: 'auth' };
    }

    /** Any failure to authenticate gets the one 401 body; other errors (a database outage) stay what they are. */
    override handleRequest<T = AuthContext>(error: unknown, caller: T | false): T {
      if (error) {
        throw error;
      }
      if (!caller) {
        throw unauthenticated();
      }
      return caller;
    }
  }
  return new BearerGuard();
}

/**
 * The global guard: every route needs a signed-in caller unless it is `@Public()`. The
 * access-token strategy authenticates (401 when it cannot); the route's declared rule is then
 * judged by the shared policy (403 naming what is missing).
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  private readonly bearer: IAuthGuard;

  constructor(
    private readonly reflector: Reflector,
    private readonly policy: RouteAccessPolicy,
    strategy: AccessTokenStrategy,
  ) {
    this.bearer = bearerGuard(strategy.name);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule?.public) {
      return true;
    }
    await this.bearer.canActivate(context);
    const caller = context.switchToHttp().getRequest<AuthenticatedRequest>().auth as AuthContext;
    const requestContext = currentRequestContext();
    if (requestContext) {
      requestContext.caller = caller;
    }
    const denial = await this.policy.denial(caller, rule ?? {});
    if (denial) {
      throw new ApiException(HttpStatus.FORBIDDEN, denial);
    }
    return true;
  }
}
