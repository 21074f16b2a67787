import { Injectable } from '@nestjs/common';
import { TAB_IDS, VIEW_IDS } from '@ownerdash/contracts';
import { AuthContext } from './auth-context';
import { MeResponseDto } from './auth-responses.dto';

@Injectable()
export class CurrentAccountService {
  /**
   * The signed-in user with what they may see, from what the guard has just read. Every
   * user sees everything until per-user rights exist.
   */
  describe(auth: AuthContext): MeResponseDto {
    return {
      user: {
        id: auth.userId,
        email: auth.email,
        displayName: auth.displayName,
        role: auth.role,
        organizationId: auth.organizationId,
        mustChangePassword: auth.mustChangePassword,
      },
      organization: { id: auth.organizationId, name: auth.organizationName },
      permissions: { tabs: [...TAB_IDS], views: [...VIEW_IDS] },
      scope: { allProperties: true, propertyIds: [] },
    };
  }
}
