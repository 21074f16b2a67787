import { Injectable } from '@nestjs/common';
import { EffectivePermissionsService } from '../permissions/effective-permissions';
import { AuthContext } from './auth-context';
import { sessionExpired } from './auth-errors';
import { MeResponseDto } from './auth-responses.dto';
import { Authenticator } from './authenticator';

@Injectable()
export class CurrentAccountService {
  constructor(
    private readonly permissions: EffectivePermissionsService,
    private readonly authenticator: Authenticator,
  ) {}

  /**
   * What `me` answers for a token just issued, read the way the guard reads a request's token, so
   * the two answers cannot differ. The account can be deactivated between issuing and reading:
   * then the new token is no good either.
   */
  async describeToken(accessToken: string): Promise<MeResponseDto> {
    const authentication = await this.authenticator.authenticate(accessToken);
    if (!authentication.caller) {
      throw sessionExpired();
    }
    return this.describe(authentication.caller);
  }

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
