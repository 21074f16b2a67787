import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { UuidParam } from '../common/uuid-param';
import { MarkReadDto, UnreadCountDto } from './messages.dto';
import { ReadState } from './read-state';

@ApiTags('chat')
@Controller('chat')
export class ReadStateController {
  constructor(private readonly readState: ReadState) {}

  @Authenticated()
  @Post('conversations/:id/read')
  @ApiOperation({
    operationId: 'markConversationRead',
    summary: 'Mark messages read up to a seq',
    description: 'Read state only moves forward, and never past the last message.',
  })
  @ApiNoContentResponse({ description: 'Recorded' })
  @ApiErrorResponses(400, 404)
  @HttpCode(HttpStatus.NO_CONTENT)
  async markRead(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') conversationId: string,
    @Body() body: MarkReadDto,
  ): Promise<void> {
    await this.readState.markRead(auth, conversationId, body.seq);
  }

  @Authenticated()
  @Get('unread-count')
  @ApiOperation({ operationId: 'getUnreadCount', summary: 'Your unread messages, in all and per conversation' })
  @ApiOkResponse({ type: UnreadCountDto })
  unreadCount(@CurrentAuth() auth: AuthContext): Promise<UnreadCountDto> {
    return this.readState.unreadCounts(auth);
  }
}
