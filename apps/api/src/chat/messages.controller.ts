import { Body, Controller, Delete, Get, HttpStatus, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { UuidParam } from '../common/uuid-param';
import { MessageChanges } from './message-changes';
import { MessageHistory } from './message-history';
import { MessagePosting } from './message-posting';
import { EditMessageDto, MessageDto, MessageHistoryQueryDto, MessagePageDto, SendMessageDto } from './messages.dto';

@ApiTags('chat')
@Controller('chat')
export class MessagesController {
  constructor(
    private readonly history: MessageHistory,
    private readonly posting: MessagePosting,
    private readonly changes: MessageChanges,
  ) {}

  @Authenticated()
  @Get('conversations/:id/messages')
  @ApiOperation({
    operationId: 'listMessages',
    summary: 'Messages of a conversation by seq, ascending',
    description:
      'Without before or after: the newest page. before: the page just before that seq (scrolling up). after: the messages after that seq (catching up), however many there are, page by page.',
  })
  @ApiOkResponse({ type: MessagePageDto })
  @ApiErrorResponses(400, 404)
  list(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') conversationId: string,
    @Query() query: MessageHistoryQueryDto,
  ): Promise<MessagePageDto> {
    return this.history.page(auth, conversationId, query);
  }

  @Authenticated()
  @Post('conversations/:id/messages')
  @ApiOperation({
    operationId: 'sendMessage',
    summary: 'Send a message',
    description:
      'Retrying with the same clientMessageId returns the message already sent, with 200, whenever and wherever the retry arrives. Sends are limited per person (429 with Retry-After, code CHAT_RATE_LIMITED).',
  })
  @ApiCreatedResponse({ type: MessageDto, description: 'Sent' })
  @ApiOkResponse({ type: MessageDto, description: 'Sent before with this clientMessageId' })
  @ApiErrorResponses(400, 404, 409, 429)
  async send(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') conversationId: string,
    @Body() body: SendMessageDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MessageDto> {
    const { message, created } = await this.posting.send(auth, conversationId, body);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return message;
  }

  @Authenticated()
  @Patch('messages/:id')
  @ApiOperation({ operationId: 'editMessage', summary: 'Edit your message', description: 'Sets editedAt.' })
  @ApiOkResponse({ type: MessageDto })
  @ApiErrorResponses(400, 404, 409)
  edit(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') messageId: string,
    @Body() body: EditMessageDto,
  ): Promise<MessageDto> {
    return this.changes.edit(auth, messageId, body.content);
  }

  @Authenticated()
  @Delete('messages/:id')
  @ApiOperation({
    operationId: 'deleteMessage',
    summary: 'Delete a message: yours, or anyone’s as an administrator',
    description: 'The message stays in its place as deleted, without content or reactions.',
  })
  @ApiOkResponse({ type: MessageDto })
  @ApiErrorResponses(400, 404)
  remove(@CurrentAuth() auth: AuthContext, @UuidParam('id') messageId: string): Promise<MessageDto> {
    return this.changes.remove(auth, messageId);
  }

  @Authenticated()
  @Put('messages/:id/reactions/:emoji')
  @ApiOperation({ operationId: 'addReaction', summary: 'React to a message with an emoji (once per emoji)' })
  @ApiParam({ name: 'emoji', description: 'One emoji, URL-encoded', example: '👍' })
  @ApiOkResponse({ type: MessageDto })
  @ApiErrorResponses(400, 404, 409)
  react(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') messageId: string,
    @Param('emoji') emoji: string,
  ): Promise<MessageDto> {
    return this.changes.react(auth, messageId, emoji, true);
  }

  @Authenticated()
  @Delete('messages/:id/reactions/:emoji')
  @ApiOperation({ operationId: 'removeReaction', summary: 'Take back your reaction' })
  @ApiParam({ name: 'emoji', description: 'One emoji, URL-encoded', example: '👍' })
  @ApiOkResponse({ type: MessageDto })
  @ApiErrorResponses(400, 404, 409)
  unreact(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') messageId: string,
    @Param('emoji') emoji: string,
  ): Promise<MessageDto> {
    return this.changes.react(auth, messageId, emoji, false);
  }
}
