import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChatReader } from './chat-reader';
import { chatQuery } from './chat-sql';
import { ConversationAccess } from './conversation-access';
import { EntityThreadCountsDto, EntityThreadCountsQueryDto } from './entity-threads.dto';

/**
 * How many threads the reader may read about each entity of a table page: one query for the page,
 * on the same access condition as everything else, so a thread one may not read is not counted.
 */
@Injectable()
export class EntityThreadCounts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
  ) {}

  async count(reader: ChatReader, query: EntityThreadCountsQueryDto): Promise<EntityThreadCountsDto> {
    const access = await this.access.condition(reader);
    const rows = await chatQuery<{ entityId: string; count: number }>(
      this.dataSource.manager,
      `SELECT c.entity_id AS "entityId", count(*)::int AS count FROM chat_conversations c
       WHERE c.type = 'entity' AND c.organization_id = :readerOrganizationId AND c.entity_type = :entityType
         AND c.entity_id = ANY(CAST(:ids AS text[])) AND ${access.where}
       GROUP BY c.entity_id`,
      { ...access.parameters, entityType: query.entityType, ids: query.ids },
    );
    const counts = new Map(rows.map((row) => [row.entityId, row.count]));
    return {
      entityType: query.entityType,
      counts: [...new Set(query.ids)].map((entityId) => ({ entityId, count: counts.get(entityId) ?? 0 })),
    };
  }
}
