import { Injectable } from '@nestjs/common';
import { CHAT_ENTITY_VIEWS, ChatEntityType, ParsedEntityId } from '@ownerdash/contracts';
import { EntityManager } from 'typeorm';
import { EffectivePermissions, EffectivePermissionsService } from '../permissions/effective-permissions';
import { propertyScopeCondition } from '../permissions/property-scope';
import { badRequest, currentReader } from './chat-people';
import { ChatReader } from './chat-reader';
import { chatQuery } from './chat-sql';
import { Recipient, ThreadEntity } from './send-statement';

/** The portfolio table holding each entity type's rows (a lease is its unit's, by its end). */
const ENTITY_TABLES: Readonly<Record<ChatEntityType, string>> = {
  unit: 'units',
  lease: 'units',
  work_order: 'work_orders',
  eviction: 'evictions',
};

/** Whether these rights see an entity of the type at the property: its view, and the property in scope. */
export function maySeeEntity(rights: EffectivePermissions, entityType: ChatEntityType, propertyId: string): boolean {
  const granted = rights.scope.propertyIds;
  return rights.views.includes(CHAT_ENTITY_VIEWS[entityType]) && (granted === null || granted.includes(propertyId));
}

/**
 * Who may see an entity a thread is about. Reads the portfolio's rows by primary key through the
 * scope predicate (a documented cross-module read, docs/architecture.md).
 */
@Injectable()
export class EntityRights {
  constructor(private readonly permissions: EffectivePermissionsService) {}

  /** The entity's property when it exists and the caller may see it, else undefined (a 404 to them). */
  async propertyOf(manager: EntityManager, caller: ChatReader, entity: ParsedEntityId): Promise<string | undefined> {
    const rights = await this.permissions.of(caller);
    if (!rights.views.includes(CHAT_ENTITY_VIEWS[entity.type])) {
      return undefined;
    }
    const inScope = propertyScopeCondition('p', rights.scope);
    const [row] = await chatQuery<{ propertyId: string }>(
      manager,
      `SELECT e.property_id AS "propertyId" FROM ${ENTITY_TABLES[entity.type]} e
       JOIN properties p ON p.id = e.property_id
       WHERE e.id = :rowId ${entity.type === 'lease' ? 'AND e.lease_end = CAST(:leaseEnd AS date)' : ''}
         AND ${inScope.where}`,
      { rowId: entity.rowId, leaseEnd: entity.type === 'lease' ? entity.leaseEnd : null, ...inScope.parameters },
    );
    return row?.propertyId;
  }

  /** The users among these (active ones only) who may see an entity of the type at the property now. */
  async usersSeeing(
    manager: EntityManager,
    userIds: readonly string[],
    entityType: ChatEntityType,
    propertyId: string,
  ): Promise<Set<string>> {
    const seeing = new Set<string>();
    for (const userId of userIds) {
      const reader = await currentReader(manager, userId);
      if (reader && maySeeEntity(await this.permissions.of(reader), entityType, propertyId)) {
        seeing.add(userId);
      }
    }
    return seeing;
  }

  /** The members of an entity's thread who may still read it, the only ones to notify. */
  async readersAmong(
    manager: EntityManager,
    recipients: readonly Recipient[],
    entity: ThreadEntity,
  ): Promise<Recipient[]> {
    const userIds = recipients.map((recipient) => recipient.userId);
    const seeing = await this.usersSeeing(manager, userIds, entity.entityType, entity.propertyId);
    return recipients.filter((recipient) => seeing.has(recipient.userId));
  }

  /**
   * Refuses (400 naming them, as unknown people are refused) to add people who may not see the
   * entity: they could not read the thread.
   */
  async requireSeeing(
    manager: EntityManager,
    field: string,
    userIds: readonly string[],
    entityType: ChatEntityType,
    propertyId: string,
  ): Promise<void> {
    const seeing = await this.usersSeeing(manager, userIds, entityType, propertyId);
    const blind = userIds.filter((id) => !seeing.has(id));
    if (blind.length > 0) {
      throw badRequest(
        field,
        `${field} has people who may not see this ${entityType} (its property or the view ${CHAT_ENTITY_VIEWS[entityType]}): ${blind.join(', ')}`,
      );
    }
  }
}
