import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { UuidParam } from '../common/uuid-param';
import { ConversationCreation } from './conversation-creation';
import { ConversationDirectory } from './conversation-directory';
import { ConversationMembers } from './conversation-members';
import {
  AddMembersDto,
  ConversationDetailsDto,
  ConversationListDto,
  ConversationListQueryDto,
  CreateConversationDto,
} from './conversations.dto';

@ApiTags('chat')
@Controller('chat/conversations')
export class ConversationsController {
  constructor(
    private readonly directory: ConversationDirectory,
    private readonly creation: ConversationCreation,
    private readonly members: ConversationMembers,
  ) {}

  @Authenticated()
  @Get()
  @ApiOperation({
    operationId: 'listConversations',
    summary: 'Your conversations, newest activity first, with unread counts and the last message',
    description:
      'Direct and group conversations you are a member of, and the conversation of every property you may see that has one.',
  })
  @ApiOkResponse({ type: ConversationListDto })
  @ApiErrorResponses(400)
  list(@CurrentAuth() auth: AuthContext, @Query() query: ConversationListQueryDto): Promise<ConversationListDto> {
    return this.directory.list(auth, query);
  }

  @Authenticated()
  @Post()
  @ApiOperation({
    operationId: 'createConversation',
    summary: 'Start a direct, group or property conversation',
    description:
      'direct: { type, memberIds: [the other person] }, unique per pair. group: { type, name, memberIds }, you become its owner. property: { type, propertyId }, one per property, for everyone who may see it. A direct or property conversation that exists already is returned with 200.',
  })
  @ApiCreatedResponse({ type: ConversationDetailsDto, description: 'Started' })
  @ApiOkResponse({ type: ConversationDetailsDto, description: 'It existed already' })
  @ApiErrorResponses(400, 404)
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateConversationDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ConversationDetailsDto> {
    const { conversationId, created } = await this.creation.create(auth, body);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return this.directory.details(auth, conversationId);
  }

  @Authenticated()
  @Get(':id')
  @ApiOperation({ operationId: 'getConversation', summary: 'One conversation with its members' })
  @ApiOkResponse({ type: ConversationDetailsDto })
  @ApiErrorResponses(400, 404)
  get(@CurrentAuth() auth: AuthContext, @UuidParam('id') conversationId: string): Promise<ConversationDetailsDto> {
    return this.directory.details(auth, conversationId);
  }

  @Authenticated()
  @Post(':id/members')
  @ApiOperation({
    operationId: 'addConversationMembers',
    summary: 'Add people to a group',
    description: "For the group's owners and the organization's administrators.",
  })
  @ApiOkResponse({ type: ConversationDetailsDto })
  @ApiErrorResponses(400, 404, 409)
  @HttpCode(HttpStatus.OK)
  async addMembers(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') conversationId: string,
    @Body() body: AddMembersDto,
  ): Promise<ConversationDetailsDto> {
    await this.members.add(auth, conversationId, body.userIds);
    return this.directory.details(auth, conversationId);
  }

  @Authenticated()
  @Delete(':id/members/:userId')
  @ApiOperation({
    operationId: 'removeConversationMember',
    summary: 'Remove someone from a group, or leave it (your own id)',
    description: "Removing someone else is for the group's owners and the organization's administrators.",
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrorResponses(400, 404, 409)
  @HttpCode(HttpStatus.NO_CONTENT)
  removeMember(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') conversationId: string,
    @UuidParam('userId') userId: string,
  ): Promise<void> {
    return this.members.remove(auth, conversationId, userId);
  }
}
