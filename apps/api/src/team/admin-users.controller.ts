import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { UuidParam } from '../common/uuid-param';
import { ApplyPresetDto } from '../permissions/presets.dto';
import { AccountAdminService } from './account-admin.service';
import {
  AdminUserDto,
  CredentialsDeliveryDto,
  InvitationDto,
  InviteUserDto,
  ResetUserPasswordDto,
  UpdateUserDto,
  UserListDto,
  UserListQueryDto,
} from './admin-users.dto';
import { InvitationsService } from './invitations.service';
import { TeamDirectoryService } from './team-directory.service';

@ApiTags('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly directory: TeamDirectoryService,
    private readonly invitations: InvitationsService,
    private readonly accounts: AccountAdminService,
  ) {}

  @Authenticated({ admin: true })
  @Get()
  @ApiOperation({ operationId: 'listUsers', summary: 'The members of your organization, searched, filtered and paged' })
  @ApiOkResponse({ type: UserListDto })
  @ApiErrorResponses(400)
  list(@CurrentAuth() auth: AuthContext, @Query() query: UserListQueryDto): Promise<UserListDto> {
    return this.directory.list(auth, query);
  }

  @Authenticated({ admin: true })
  @Post()
  @ApiOperation({
    operationId: 'inviteUser',
    summary: 'Invite a person: create their account with its role, permissions and scope',
    description:
      'With delivery email an invitation link is mailed (72 hours, once); with temporary-password the response carries a password shown only once, to be changed at first sign-in. Emails are unique across all organizations.',
  })
  @ApiCreatedResponse({ type: InvitationDto })
  @ApiErrorResponses(400, 404, 409, 503)
  invite(@CurrentAuth() auth: AuthContext, @Body() body: InviteUserDto): Promise<InvitationDto> {
    return this.invitations.invite(auth, body);
  }

  @Authenticated({ admin: true })
  @Get(':id')
  @ApiOperation({ operationId: 'getUser', summary: 'One member of your organization' })
  @ApiOkResponse({ type: AdminUserDto })
  @ApiErrorResponses(400, 404)
  get(@CurrentAuth() auth: AuthContext, @UuidParam('id') userId: string): Promise<AdminUserDto> {
    return this.accounts.describe(auth, userId);
  }

  @Authenticated({ admin: true })
  @Patch(':id')
  @ApiOperation({
    operationId: 'updateUser',
    summary: 'Rename, change the role, deactivate or reactivate',
    description:
      'Role and active-state changes take effect at once. Deactivation ends every session. Demoting or deactivating the last active administrator answers 409 (code LAST_ADMIN).',
  })
  @ApiOkResponse({ type: AdminUserDto })
  @ApiErrorResponses(400, 404, 409)
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') userId: string,
    @Body() body: UpdateUserDto,
  ): Promise<AdminUserDto> {
    return this.accounts.update(auth, userId, body);
  }

  @Authenticated({ admin: true })
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'deactivateUser',
    summary: 'Deactivate a user (nothing is deleted; reactivate with PATCH isActive: true)',
  })
  @ApiNoContentResponse({ description: 'Deactivated and signed out' })
  @ApiErrorResponses(400, 404, 409)
  async deactivate(@CurrentAuth() auth: AuthContext, @UuidParam('id') userId: string): Promise<void> {
    await this.accounts.update(auth, userId, { isActive: false });
  }

  @Authenticated({ admin: true })
  @Post(':id/reset-password')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'resetUserPassword',
    summary: 'Reset a user’s password by mail or with a temporary password',
    description: 'Ends every session of the user.',
  })
  @ApiOkResponse({ type: CredentialsDeliveryDto })
  @ApiErrorResponses(400, 404, 503)
  resetPassword(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') userId: string,
    @Body() body: ResetUserPasswordDto,
  ): Promise<CredentialsDeliveryDto> {
    return this.accounts.resetPassword(auth, userId, body);
  }

  @Authenticated({ admin: true })
  @Post(':id/sign-out')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'signOutUser', summary: 'End every session of a user' })
  @ApiNoContentResponse({ description: 'Signed out everywhere' })
  @ApiErrorResponses(400, 404)
  signOut(@CurrentAuth() auth: AuthContext, @UuidParam('id') userId: string): Promise<void> {
    return this.accounts.signOutEverywhere(auth, userId);
  }

  @Authenticated({ admin: true })
  @Post(':id/apply-preset')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'applyPreset',
    summary: 'Give a user a preset’s role, permission tree and (if it has one) property scope',
  })
  @ApiOkResponse({ type: AdminUserDto })
  @ApiErrorResponses(400, 404, 409)
  applyPreset(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') userId: string,
    @Body() body: ApplyPresetDto,
  ): Promise<AdminUserDto> {
    return this.accounts.applyPreset(auth, userId, body.presetId);
  }
}
