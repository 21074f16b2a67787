import { Request, RequestHandler } from 'express';
import { ClientInfo } from '../../auth/auth-context';
import { runInRequestContext } from './request-context';

const USER_AGENT_MAX_LENGTH = 512;

/** The client's address (as trusted proxies report it) and user agent. */
export function clientOf(request: Request): ClientInfo {
  const userAgent = request.get('user-agent');
  return {
    ipAddress: request.ip ?? null,
    userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX_LENGTH) : null,
  };
}

/**
 * Opens the request's context. Mounted after the body parser: a stream's events run in the
 * context they were emitted in, so a context opened earlier would be lost by the time the
 * parsed request goes on.
 */
export function requestContext(): RequestHandler {
  return (request, _response, next) => {
    runInRequestContext({ requestId: String(request.id), client: clientOf(request), caller: undefined }, next);
  };
}
