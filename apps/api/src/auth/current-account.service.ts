import { Injectable } from '@nestjs/common';
import { EffectivePermissionsService } from '../permissions/effective-permissions';
import { AuthContext } from './auth-context';
import { MeResponseDto } from './auth-responses.dto';

@Injectable()
export class CurrentAccountService {
  constructor(private readonly permissions: EffectivePermissionsService) {}

  /**
   * The signed-in user with what they may see. The account comes from what the guard has
   * just read; the permissions from the cache kept per user and permission version.
   */
  async describe(auth: AuthContext): Promise<MeResponseDto> {
    const { tabs, views, scope } = await this.permissions.of(auth);
    return {
      user: {
        id: auth.userId,
        email: auth.email,
        displayName: auth.displayName,
        role: auth.role,
        organizationId: auth.organizationId,
        mustChangePassword: auth.mustChangePassword,
        avatarUrl: auth.avatarUrl,
      },
      organization: { id: auth.organizationId, name: auth.organizationName },
      permissions: { tabs: [...tabs], views: [...views] },
      scope: { allProperties: scope.propertyIds === null, propertyIds: [...(scope.propertyIds ?? [])] },
    };
  }
}
