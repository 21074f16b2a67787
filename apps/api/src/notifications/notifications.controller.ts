import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { NotificationInbox } from './notification-inbox';
import {
  MarkNotificationsReadDto,
  NotificationListDto,
  NotificationListQueryDto,
  NotificationUnreadCountDto,
} from './notifications.dto';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly inbox: NotificationInbox) {}

  @Authenticated()
  @Get()
  @ApiOperation({ operationId: 'listNotifications', summary: 'Your notifications, newest first' })
  @ApiOkResponse({ type: NotificationListDto })
  @ApiErrorResponses(400)
  list(@CurrentAuth() auth: AuthContext, @Query() query: NotificationListQueryDto): Promise<NotificationListDto> {
    return this.inbox.list(auth, query);
  }

  @Authenticated()
  @Get('unread-count')
  @ApiOperation({ operationId: 'getNotificationUnreadCount', summary: 'How many of your notifications are unread' })
  @ApiOkResponse({ type: NotificationUnreadCountDto })
  async unreadCount(@CurrentAuth() auth: AuthContext): Promise<NotificationUnreadCountDto> {
    return { count: await this.inbox.unreadCount(auth) };
  }

  @Authenticated()
  @Post('read')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'markNotificationsRead', summary: 'Marks notifications of yours read: by id, or all' })
  @ApiNoContentResponse({ description: 'Marked' })
  @ApiErrorResponses(400)
  markRead(@CurrentAuth() auth: AuthContext, @Body() body: MarkNotificationsReadDto): Promise<void> {
    return this.inbox.markRead(auth, body);
  }
}
