import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { NotificationPreferences } from './notification-preferences';
import { NotificationPreferencesDto } from './notification-preferences.dto';

@ApiTags('notifications')
@Controller('notifications/preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferences) {}

  @Authenticated()
  @Get()
  @ApiOperation({
    operationId: 'getNotificationPreferences',
    summary: 'Your notification settings (everything on until you change them)',
  })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  get(@CurrentAuth() auth: AuthContext): Promise<NotificationPreferencesDto> {
    return this.preferences.of(auth);
  }

  @Authenticated()
  @Put()
  @ApiOperation({ operationId: 'saveNotificationPreferences', summary: 'Saves your notification settings' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiErrorResponses(400)
  save(
    @CurrentAuth() auth: AuthContext,
    @Body() body: NotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return this.preferences.save(auth, body);
  }
}
