import { Injectable } from '@nestjs/common';
import { Request, RequestHandler } from 'express';
import { AccessTokens } from '../auth/access-tokens';
import { currentRequestContext, RequestContext } from '../common/request-context/request-context';
import { AuditOutcome } from './audit-actions';
import { AuditEntryInput } from './audit-entry';
import { AuditLog, originOf } from './audit-log';

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Records every mutating request of a signed-in caller (`api.request`) and every refusal
 * (`access.denied`): each 403, and each 401 on a token this server signed that is still within
 * its lifetime (its session ended, its account was deactivated, its rights changed) — an expired
 * or forged token says nothing about anyone. A middleware rather than a Nest interceptor: the
 * guard's refusals never reach interceptors, and the entry needs the status the response was
 * actually sent with. Written once the response is finished, on its own, so no request waits
 * for its audit entry; what the request changed is in its transaction's own entries already.
 */
@Injectable()
export class AuditRequestRecorder {
  constructor(
    private readonly log: AuditLog,
    private readonly tokens: AccessTokens,
  ) {}

  handler(): RequestHandler {
    return (request, response, next) => {
      // The context object, not a later lookup: 'finish' may run outside the request's async tree.
      const context = currentRequestContext();
      response.on('finish', () => this.finished(request, response.statusCode, context));
      next();
    };
  }

  private finished(request: Request, status: number, context: RequestContext | undefined): void {
    const denied = status === 401 || status === 403;
    if (!denied && !MUTATING_METHODS.has(request.method)) {
      return;
    }
    const who = this.whoCalled(request, status, context);
    if (!who) {
      return;
    }
    const route = (request.route as { path?: string } | undefined)?.path ?? 'unmatched';
    const entry: AuditEntryInput = {
      ...who,
      action: denied ? 'access.denied' : 'api.request',
      outcome: outcomeOf(status),
      details: { method: request.method, route, status },
    };
    this.log.record(entry, originOf(context));
  }

  /** The caller the guard established, or for a 401 the one a valid token names. */
  private whoCalled(
    request: Request,
    status: number,
    context: RequestContext | undefined,
  ): Pick<AuditEntryInput, 'organizationId' | 'actorId'> | null {
    const caller = context?.caller;
    if (caller) {
      return { organizationId: caller.organizationId, actorId: caller.userId };
    }
    const token = status === 401 ? /^Bearer (\S+)$/i.exec(request.get('authorization') ?? '')?.[1] : undefined;
    const claims = token ? this.tokens.verify(token) : null;
    return claims ? { organizationId: claims.org, actorId: claims.sub } : null;
  }
}

function outcomeOf(status: number): AuditOutcome {
  if (status === 401 || status === 403) {
    return 'denied';
  }
  return status < 400 ? 'success' : 'failed';
}
