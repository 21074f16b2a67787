import { HttpStatus, Injectable } from '@nestjs/common';
import { chatEntityTypesSeen } from '@ownerdash/contracts';
import { EntityManager } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { EffectivePermissionsService } from '../permissions/effective-permissions';
import { propertyScopeCondition } from '../permissions/property-scope';
import { ChatReader } from './chat-reader';
import { CONVERSATION_COLUMNS, ConversationRow } from './chat-rows';
import { chatQuery } from './chat-sql';

export interface ReadableCondition {
  readonly where: string;
  readonly parameters: Record<string, unknown>;
}

/**
 * Who may read and write in a conversation, as one SQL condition on the alias `c` of
 * `chat_conversations`: inside the reader's organization, a current member of a direct or group
 * conversation, anyone whose property scope includes a property's conversation's property, and a
 * current member of a thread about an entity who may still see the entity: its property in scope
 * and the view showing its type. Rights change the condition (never rows), so whoever loses them
 * loses the conversation at once, and `ChatFanout` moves their sockets on the same condition.
 * Everything else is answered 404, so a conversation's existence is not told to outsiders.
 */
@Injectable()
export class ConversationAccess {
  constructor(private readonly permissions: EffectivePermissionsService) {}

  async condition(reader: ChatReader): Promise<ReadableCondition> {
    const { scope, views } = await this.permissions.of(reader);
    const inScope = propertyScopeCondition('p', scope);
    const member = `EXISTS (
      SELECT 1 FROM chat_members rm
      WHERE rm.conversation_id = c.id AND rm.user_id = :readerId AND rm.left_at IS NULL)`;
    const propertyInScope = `EXISTS (SELECT 1 FROM properties p WHERE p.id = c.property_id AND ${inScope.where})`;
    return {
      where: `(c.organization_id = :readerOrganizationId AND c.archived_at IS NULL AND (
        (c.type IN ('direct', 'group') AND ${member})
        OR (c.type = 'property' AND ${propertyInScope})
        OR (c.type = 'entity' AND c.entity_type = ANY(CAST(:readerEntityTypes AS text[]))
            AND ${member} AND ${propertyInScope})))`,
      parameters: {
        readerOrganizationId: reader.organizationId,
        readerId: reader.userId,
        readerEntityTypes: chatEntityTypesSeen(views),
        ...inScope.parameters,
      },
    };
  }

  /** Every conversation the reader may read: the rooms their sockets belong in. */
  async readableIds(manager: EntityManager, reader: ChatReader): Promise<string[]> {
    const access = await this.condition(reader);
    const rows = await chatQuery<{ id: string }>(
      manager,
      `SELECT c.id FROM chat_conversations c WHERE ${access.where}`,
      access.parameters,
    );
    return rows.map((row) => row.id);
  }

  /**
   * The conversation if the reader may read it, else a 404. `lock` takes the row's lock for the
   * rest of the transaction: sends to one conversation then queue up, which orders their seq.
   */
  async readable(
    manager: EntityManager,
    reader: ChatReader,
    conversationId: string,
    lock = false,
  ): Promise<ConversationRow> {
    const conversation = await this.find(manager, reader, conversationId, lock);
    if (!conversation) {
      throw conversationNotFound();
    }
    return conversation;
  }

  /** The conversation if the reader may read it. */
  async find(
    manager: EntityManager,
    reader: ChatReader,
    conversationId: string,
    lock = false,
  ): Promise<ConversationRow | undefined> {
    const access = await this.condition(reader);
    const [conversation] = await chatQuery<ConversationRow>(
      manager,
      `SELECT ${CONVERSATION_COLUMNS} FROM chat_conversations c
       WHERE c.id = :conversationId AND ${access.where}${lock ? ' FOR UPDATE OF c' : ''}`,
      { conversationId, ...access.parameters },
    );
    return conversation;
  }
}

export function conversationNotFound(): ApiException {
  return new ApiException(HttpStatus.NOT_FOUND, {
    message: 'There is no conversation with this id that you may read.',
  });
}
