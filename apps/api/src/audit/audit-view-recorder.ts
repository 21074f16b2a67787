import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ViewId } from '@ownerdash/contracts';
import { Request } from 'express';
import { Observable, tap } from 'rxjs';
import { AuthenticatedRequest } from '../auth/request-auth';
import { ROUTE_ACCESS, RouteAccess } from '../auth/route-access';
import { currentRequestContext } from '../common/request-context/request-context';
import { AuditEntryInput } from './audit-entry';
import { AuditLog, originOf } from './audit-log';
import { AuditViewFolding } from './audit-view-folding';

/** The views that show residents' names and contact details: every read of them is recorded, never folded. */
export const RESIDENT_DATA_VIEWS: ReadonlySet<ViewId> = new Set<ViewId>([
  'delinquency.ar_table',
  'delinquency.evictions',
  'delinquency.former_residents',
  'renewals.drillthrough',
]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Records each dashboard view served (a route declaring `@Authenticated({ view })`), once it has
 * answered: who, which view, which properties (none named: the caller's whole scope) and which
 * period. Ordinary views fold per person, view and property set; views of residents' personal
 * data are recorded every time. Only ids and dates from the query are kept.
 */
@Injectable()
export class AuditViewRecorder implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly log: AuditLog,
    private readonly folding: AuditViewFolding,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const rule = this.reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const viewId = rule?.view;
    if (!viewId || request.method !== 'GET' || !request.auth) {
      return next.handle();
    }
    const caller = request.auth;
    const origin = originOf(currentRequestContext());
    return next.handle().pipe(
      tap(() => {
        const propertyIds = propertyIdsOf(request);
        const entry: AuditEntryInput = {
          organizationId: caller.organizationId,
          action: RESIDENT_DATA_VIEWS.has(viewId) ? 'portfolio.resident-data-read' : 'dashboard.viewed',
          actorId: caller.userId,
          targetId: viewId,
          details: { propertyIds, from: dayOf(request.query['from']), to: dayOf(request.query['to']) },
        };
        if (entry.action === 'portfolio.resident-data-read') {
          this.log.record(entry, origin);
        } else {
          this.folding.record(entry, `${caller.userId}|${viewId}|${propertyIds.join(',')}`, origin);
        }
      }),
    );
  }
}

/** The properties asked for, sorted, so one set gives one fold key whatever the order. */
function propertyIdsOf(request: Request): string[] {
  const raw = request.query['propertyIds'];
  const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((part) => (typeof part === 'string' ? part.split(',') : []));
  return [...new Set(parts.filter((part) => UUID.test(part)).map((part) => part.toLowerCase()))].sort();
}

function dayOf(value: unknown): string | undefined {
  return typeof value === 'string' && DAY.test(value) ? value : undefined;
}
