import { Injectable } from '@nestjs/common';
import { ERROR_CODES, ErrorCode, VIEWS } from '@ownerdash/contracts';
import { EffectivePermissionsService } from '../permissions/effective-permissions';
import { AuthContext } from './auth-context';
import { RouteAccess } from './route-access';

/** Why an authenticated caller may not use a route: a 403 with this code and message. */
export interface AccessDenial {
  readonly code: ErrorCode;
  readonly message: string;
}

/**
 * Caller + a route's declared rule → allowed (null) or the reason not. Transport-free: HTTP
 * routes and socket events are judged by the same rules.
 */
@Injectable()
export class RouteAccessPolicy {
  constructor(private readonly permissions: EffectivePermissionsService) {}

  async denial(caller: AuthContext, rule: RouteAccess): Promise<AccessDenial | null> {
    if (caller.mustChangePassword && !rule.allowPendingPasswordChange) {
      return {
        code: ERROR_CODES.passwordChangeRequired,
        message: 'You must change your temporary password before you can continue.',
      };
    }
    if (rule.admin && caller.role !== 'admin') {
      return { code: ERROR_CODES.adminOnly, message: 'Only administrators can do this.' };
    }
    if (rule.view && !(await this.permissions.of(caller)).views.includes(rule.view)) {
      const label = VIEWS.find((view) => view.id === rule.view)?.label ?? rule.view;
      return { code: ERROR_CODES.viewNotPermitted, message: `Your permissions do not include the ${label} view.` };
    }
    return null;
  }
}
