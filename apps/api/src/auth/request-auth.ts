import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Request } from 'express';
import { clientOf } from '../common/request-context/request-context.middleware';
import { AuthContext, ClientInfo } from './auth-context';

export interface AuthenticatedRequest extends Request {
  auth?: AuthContext;
}

/** The caller of an `@Authenticated()` route, as the guard established it. */
export const CurrentAuth = createParamDecorator((_data: unknown, context: ExecutionContext): AuthContext => {
  const auth = context.switchToHttp().getRequest<AuthenticatedRequest>().auth;
  if (!auth) {
    throw new Error('CurrentAuth used on a route without @Authenticated()');
  }
  return auth;
});

/** The client's address (as trusted proxies report it) and user agent, for sessions and throttling. */
export const Client = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ClientInfo => clientOf(context.switchToHttp().getRequest<Request>()),
);
