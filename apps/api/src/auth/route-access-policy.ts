import { Injectable } from '@nestjs/common';
import { ERROR_CODES, ErrorCode, TABS, VIEWS } from '@ownerdash/contracts';
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
      // Named as its card and the permission tree name it, with the tab it is on.
      const view = VIEWS.find((candidate) => candidate.id === rule.view);
      const tab = TABS.find((candidate) => candidate.id === view?.tab);
      const where = tab ? ` on the ${tab.label} tab` : '';
      return {
        code: ERROR_CODES.viewNotPermitted,
        message: `Your permissions do not include “${view?.label ?? rule.view}”${where}.`,
      };
    }
    return null;
  }
}
