import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { UuidParam } from '../common/uuid-param';
import { PermissionSettingsDto, PropertyAccessDto, UpdatePermissionSettingsDto } from './permissions.dto';
import { UserAccessService } from './user-access.service';

@ApiTags('admin')
@Controller('admin/users/:id')
export class UserAccessController {
  constructor(private readonly access: UserAccessService) {}

  @Authenticated({ admin: true })
  @Get('access')
  @ApiOperation({ operationId: 'getUserPropertyAccess', summary: 'The properties a user may see (empty: all)' })
  @ApiOkResponse({ type: PropertyAccessDto })
  @ApiErrorResponses(400, 404)
  propertyAccess(@CurrentAuth() auth: AuthContext, @UuidParam('id') userId: string): Promise<PropertyAccessDto> {
    return this.access.scope(auth, userId);
  }

  @Authenticated({ admin: true })
  @Put('access')
  @ApiOperation({
    operationId: 'setUserPropertyAccess',
    summary: 'Set the properties a user may see',
    description:
      'An empty list gives every property of the organization. Takes effect at once: the user’s access tokens stop working and are refreshed with the new scope. Administrators always see every property.',
  })
  @ApiOkResponse({ type: PropertyAccessDto })
  @ApiErrorResponses(400, 404)
  setPropertyAccess(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') userId: string,
    @Body() body: PropertyAccessDto,
  ): Promise<PropertyAccessDto> {
    return this.access.setScope(auth, userId, body);
  }

  @Authenticated({ admin: true })
  @Get('permissions')
  @ApiOperation({
    operationId: 'getUserPermissions',
    summary: 'A user’s permission tree: every tab and view, on or off',
  })
  @ApiOkResponse({ type: PermissionSettingsDto })
  @ApiErrorResponses(400, 404)
  permissions(@CurrentAuth() auth: AuthContext, @UuidParam('id') userId: string): Promise<PermissionSettingsDto> {
    return this.access.permissionSettings(auth, userId);
  }

  @Authenticated({ admin: true })
  @Put('permissions')
  @ApiOperation({
    operationId: 'setUserPermissions',
    summary: 'Switch tabs and views on or off for a user',
    description:
      'Only the tabs and views named change; the others keep their setting. A tab switched off hides all its views, whose own settings are kept, so switching the tab on again brings them back as they were. Takes effect at once. Administrators always see everything.',
  })
  @ApiOkResponse({ type: PermissionSettingsDto })
  @ApiErrorResponses(400, 404)
  setPermissions(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') userId: string,
    @Body() body: UpdatePermissionSettingsDto,
  ): Promise<PermissionSettingsDto> {
    return this.access.updatePermissionSettings(auth, userId, body);
  }
}
