import { ViewId } from '@ownerdash/contracts';

/** What a route requires of its caller, declared with `@Public()` or `@Authenticated()`. */
export interface RouteAccess {
  readonly public?: true;
  /**
   * With `public`: not a user's session but a token from the server's environment guards the
   * route, which checks it itself (the metrics scraper's METRICS_TOKEN).
   */
  readonly serverToken?: string;
  /** Only administrators of the caller's organization. */
  readonly admin?: boolean;
  /** A dashboard view the caller's permission tree must show (and so its tab). Admins see every view. */
  readonly view?: ViewId;
  /** Reachable while the caller must still change a temporary password. */
  readonly allowPendingPasswordChange?: boolean;
}

export const ROUTE_ACCESS = 'ownerdash:route-access';

/** The rule as integrators read it in the OpenAPI document (`x-required-permission`). */
export function describeRouteAccess(access: RouteAccess | undefined): string {
  if (access?.public) {
    return access.serverToken ? `token:${access.serverToken}` : 'public';
  }
  if (access?.admin) {
    return 'admin';
  }
  return access?.view ? `view:${access.view}` : 'authenticated';
}
