import { HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { EntityManager } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { recordEvent, UnitOfWork } from '../events/unit-of-work';
import { ChatMembershipChanged } from './chat.events';
import { ChatNotifications } from './chat-notifications';
import { activeColleagues } from './chat-people';
import { ChatReader } from './chat-reader';
import { ConversationRow } from './chat-rows';
import { chatQuery } from './chat-sql';
import { ConversationAccess } from './conversation-access';
import { EntityRights } from './entity-rights';

/**
 * Who is in a group or an entity's thread. Its owners and the organization's admins add and remove
 * members (when they can read it themselves); anyone may leave. Only people who may see a thread's
 * entity can be added to it. A direct conversation always has its two people, and a property's
 * follows property access, so neither has members to change.
 */
@Injectable()
export class ConversationMembers {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: ConversationAccess,
    private readonly notifications: ChatNotifications,
    private readonly entityRights: EntityRights,
  ) {}

  add(caller: ChatReader, conversationId: string, userIds: readonly string[]): Promise<void> {
    return this.unitOfWork.run(async (manager) => {
      const group = await this.changeableGroup(manager, caller, conversationId);
      await this.requireManager(manager, caller, group);
      const added = await activeColleagues(manager, caller.organizationId, 'userIds', userIds);
      if (group.entityType && group.propertyId) {
        await this.entityRights.requireSeeing(manager, 'userIds', added, group.entityType, group.propertyId);
      }
      // Someone who left and is added again rejoins from now on, with their read state kept.
      await chatQuery(
        manager,
        `INSERT INTO chat_members (conversation_id, user_id)
         SELECT :conversationId, unnest(CAST(:userIds AS uuid[]))
         ON CONFLICT (conversation_id, user_id) DO UPDATE
         SET left_at = NULL,
             joined_at = CASE WHEN chat_members.left_at IS NULL THEN chat_members.joined_at ELSE now() END`,
        { conversationId: group.id, userIds: added },
      );
      await this.notifications.added(manager, group.id, added, caller.userId);
      recordEvent(manager, new ChatMembershipChanged(group.id, added, []));
    });
  }

  remove(caller: ChatReader, conversationId: string, userId: string): Promise<void> {
    return this.unitOfWork.run(async (manager) => {
      const group = await this.changeableGroup(manager, caller, conversationId);
      if (userId.toLowerCase() !== caller.userId) {
        await this.requireManager(manager, caller, group);
      }
      const left = await chatQuery<{ userId: string }>(
        manager,
        `UPDATE chat_members SET left_at = now()
         WHERE conversation_id = :conversationId AND user_id = :userId AND left_at IS NULL RETURNING user_id`,
        { conversationId: group.id, userId: userId.toLowerCase() },
      );
      if (left.length === 0) {
        throw new ApiException(HttpStatus.NOT_FOUND, { message: 'This person is not a member of the conversation.' });
      }
      recordEvent(manager, new ChatMembershipChanged(group.id, [], [userId.toLowerCase()]));
    });
  }

  private async changeableGroup(
    manager: EntityManager,
    caller: ChatReader,
    conversationId: string,
  ): Promise<ConversationRow> {
    const conversation = await this.access.readable(manager, caller, conversationId, true);
    if (conversation.type !== 'group' && conversation.type !== 'entity') {
      const why =
        conversation.type === 'direct'
          ? 'A direct conversation is always between its two people.'
          : "Who reads a property's conversation follows who may see the property: change their property access instead.";
      throw new ApiException(HttpStatus.CONFLICT, { message: why });
    }
    return conversation;
  }

  private async requireManager(manager: EntityManager, caller: ChatReader, group: ConversationRow): Promise<void> {
    if (caller.role === 'admin') {
      return;
    }
    const [owner] = await chatQuery(
      manager,
      `SELECT 1 FROM chat_members WHERE conversation_id = :conversationId AND user_id = :userId AND role = 'owner'
         AND left_at IS NULL`,
      { conversationId: group.id, userId: caller.userId },
    );
    if (!owner) {
      throw new ApiException(HttpStatus.FORBIDDEN, {
        message: "Only the group's owners and administrators can change its members.",
        code: ERROR_CODES.notConversationOwner,
      });
    }
  }
}
