import { HttpStatus, Injectable } from '@nestjs/common';
import { ChatEntityType, parseEntityId } from '@ownerdash/contracts';
import { EntityManager } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { recordEvent, UnitOfWork } from '../events/unit-of-work';
import { EffectivePermissionsService } from '../permissions/effective-permissions';
import { propertyScopeCondition } from '../permissions/property-scope';
import { ChatConversationCreated, ChatMembershipChanged, ChatPropertyConversationStarted } from './chat.events';
import { ChatNotifications } from './chat-notifications';
import { activeColleagues, badRequest } from './chat-people';
import { ChatReader } from './chat-reader';
import { chatQuery } from './chat-sql';
import { CreateConversationDto } from './conversations.dto';
import { EntityRights } from './entity-rights';

export interface Created {
  readonly conversationId: string;
  /** False when the direct or property conversation existed already and was returned as it is. */
  readonly created: boolean;
}

/**
 * Starts conversations. A direct conversation is unique per pair of people and a property's is
 * unique per property: asking for one again returns it, also when two people ask at once (the
 * unique indexes decide). A group is new every time, with its creator as owner, and so is a thread
 * about an entity (several may be about one), whose members must all be able to see the entity.
 */
@Injectable()
export class ConversationCreation {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly permissions: EffectivePermissionsService,
    private readonly notifications: ChatNotifications,
    private readonly entityRights: EntityRights,
  ) {}

  create(creator: ChatReader, body: CreateConversationDto): Promise<Created> {
    return this.unitOfWork.run(async (manager) => {
      const result = await this.start(manager, creator, body);
      if (result.created) {
        recordEvent(
          manager,
          new ChatConversationCreated(result.conversationId, creator.organizationId, creator.userId, body.type),
        );
      }
      return result;
    });
  }

  private start(manager: EntityManager, creator: ChatReader, body: CreateConversationDto): Promise<Created> {
    switch (body.type) {
      case 'direct':
        return this.direct(manager, creator, body.memberIds ?? []);
      case 'group':
        return this.group(manager, creator, body.name ?? '', body.memberIds ?? []);
      case 'property':
        return this.property(manager, creator, body.propertyId ?? '');
      case 'entity':
        return this.entity(manager, creator, body);
    }
  }

  private async direct(manager: EntityManager, creator: ChatReader, memberIds: readonly string[]): Promise<Created> {
    const others = [...new Set(memberIds.map((id) => id.toLowerCase()))].filter((id) => id !== creator.userId);
    if (others.length !== 1) {
      throw badRequest('memberIds', 'A direct conversation is between you and one other person: name exactly one.');
    }
    const [other] = await activeColleagues(manager, creator.organizationId, 'memberIds', others);
    const pair = [creator.userId, other as string].sort();
    const [inserted] = await chatQuery<{ id: string }>(
      manager,
      `INSERT INTO chat_conversations (organization_id, type, direct_key, created_by)
       VALUES (:organizationId, 'direct', :directKey, :createdBy)
       ON CONFLICT (organization_id, direct_key) WHERE type = 'direct' DO NOTHING RETURNING id`,
      { organizationId: creator.organizationId, directKey: pair.join(':'), createdBy: creator.userId },
    );
    if (!inserted) {
      const [existing] = await chatQuery<{ id: string }>(
        manager,
        `SELECT id FROM chat_conversations WHERE organization_id = :organizationId AND type = 'direct' AND direct_key = :directKey`,
        { organizationId: creator.organizationId, directKey: pair.join(':') },
      );
      return { conversationId: (existing as { id: string }).id, created: false };
    }
    await this.addMembers(manager, inserted.id, pair, null);
    await this.notifications.added(manager, inserted.id, pair, creator.userId);
    recordEvent(manager, new ChatMembershipChanged(inserted.id, pair, []));
    return { conversationId: inserted.id, created: true };
  }

  private async group(
    manager: EntityManager,
    creator: ChatReader,
    name: string,
    memberIds: readonly string[],
  ): Promise<Created> {
    const others = (await activeColleagues(manager, creator.organizationId, 'memberIds', memberIds)).filter(
      (id) => id !== creator.userId,
    );
    if (others.length === 0) {
      throw badRequest('memberIds', 'A group needs at least one other person besides you.');
    }
    const [inserted] = await chatQuery<{ id: string }>(
      manager,
      `INSERT INTO chat_conversations (organization_id, type, name, created_by)
       VALUES (:organizationId, 'group', :name, :createdBy) RETURNING id`,
      { organizationId: creator.organizationId, name, createdBy: creator.userId },
    );
    const id = (inserted as { id: string }).id;
    await this.addMembers(manager, id, [creator.userId], 'owner');
    await this.addMembers(manager, id, others, null);
    await this.notifications.added(manager, id, others, creator.userId);
    recordEvent(manager, new ChatMembershipChanged(id, [creator.userId, ...others], []));
    return { conversationId: id, created: true };
  }

  private async property(manager: EntityManager, creator: ChatReader, propertyId: string): Promise<Created> {
    const { scope } = await this.permissions.of(creator);
    const inScope = propertyScopeCondition('p', scope);
    const [property] = await chatQuery(
      manager,
      `SELECT 1 FROM properties p WHERE p.id = :propertyId AND ${inScope.where}`,
      { propertyId, ...inScope.parameters },
    );
    if (!property) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        message: 'There is no property with this id among those you may see.',
      });
    }
    const parameters = { organizationId: creator.organizationId, propertyId, createdBy: creator.userId };
    const [inserted] = await chatQuery<{ id: string }>(
      manager,
      `INSERT INTO chat_conversations (organization_id, type, property_id, created_by)
       VALUES (:organizationId, 'property', :propertyId, :createdBy)
       ON CONFLICT (organization_id, property_id) WHERE type = 'property' DO NOTHING RETURNING id`,
      parameters,
    );
    if (inserted) {
      recordEvent(manager, new ChatPropertyConversationStarted(inserted.id, creator.organizationId, propertyId));
      return { conversationId: inserted.id, created: true };
    }
    const [existing] = await chatQuery<{ id: string }>(
      manager,
      `SELECT id FROM chat_conversations WHERE organization_id = :organizationId AND type = 'property' AND property_id = :propertyId`,
      parameters,
    );
    return { conversationId: (existing as { id: string }).id, created: false };
  }

  private async entity(manager: EntityManager, creator: ChatReader, body: CreateConversationDto): Promise<Created> {
    const entityType = body.entityType as ChatEntityType;
    const parsed = parseEntityId(entityType, body.entityId ?? '');
    if (!parsed.ok) {
      throw badRequest('entityId', parsed.problem);
    }
    const propertyId = await this.entityRights.propertyOf(manager, creator, parsed.entity);
    if (!propertyId) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        message: `There is no ${entityType} with this id among those you may see.`,
      });
    }
    const others = (await activeColleagues(manager, creator.organizationId, 'memberIds', body.memberIds ?? [])).filter(
      (id) => id !== creator.userId,
    );
    if (others.length === 0) {
      throw badRequest('memberIds', 'A thread needs at least one other person besides you.');
    }
    await this.entityRights.requireSeeing(manager, 'memberIds', others, entityType, propertyId);
    const [inserted] = await chatQuery<{ id: string }>(
      manager,
      `INSERT INTO chat_conversations (organization_id, type, name, property_id, entity_type, entity_id, created_by)
       VALUES (:organizationId, 'entity', :subject, :propertyId, :entityType, :entityId, :createdBy) RETURNING id`,
      {
        organizationId: creator.organizationId,
        subject: body.subject ?? '',
        propertyId,
        entityType,
        entityId: (body.entityId ?? '').toLowerCase(),
        createdBy: creator.userId,
      },
    );
    const id = (inserted as { id: string }).id;
    await this.addMembers(manager, id, [creator.userId], 'owner');
    await this.addMembers(manager, id, others, null);
    await this.notifications.added(manager, id, others, creator.userId);
    recordEvent(manager, new ChatMembershipChanged(id, [creator.userId, ...others], []));
    return { conversationId: id, created: true };
  }

  private async addMembers(
    manager: EntityManager,
    conversationId: string,
    userIds: readonly string[],
    role: 'owner' | null,
  ): Promise<void> {
    await chatQuery(
      manager,
      `INSERT INTO chat_members (conversation_id, user_id, role)
       SELECT :conversationId, unnest(CAST(:userIds AS uuid[])), :role`,
      { conversationId, userIds, role: role ?? 'member' },
    );
  }
}
