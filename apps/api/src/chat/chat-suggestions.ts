import { Injectable } from '@nestjs/common';
import { PORTFOLIO_REFERENCE_SCOPE, REFERENCE_KPI_METRICS, tabOfView, TABS, VIEWS } from '@ownerdash/contracts';
import { DataSource } from 'typeorm';
import { containing } from '../common/like-pattern';
import { EffectivePermissionsService } from '../permissions/effective-permissions';
import { propertyScopeCondition } from '../permissions/property-scope';
import { ChatReader } from './chat-reader';
import { chatQuery } from './chat-sql';
import { ConversationAccess } from './conversation-access';
import { KPI_TILES, KPI_TILES_VIEW } from './reference-snapshots';
import { SuggestedItemDto, SuggestionsDto, SuggestionsQueryDto } from './suggestions.dto';

/**
 * What `@` offers in a conversation: its members (to mention) and the dashboard items the writer
 * may see (to attach): properties of their scope, the headline figures when they may see the KPI
 * tiles, and the charts of the views they may see, each of the whole portfolio they may see.
 * Properties are searched in the database through the scope predicate; figures and charts are
 * the registry's, filtered by the writer's views.
 */
@Injectable()
export class ChatSuggestions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly permissions: EffectivePermissionsService,
  ) {}

  async suggest(writer: ChatReader, query: SuggestionsQueryDto): Promise<SuggestionsDto> {
    const manager = this.dataSource.manager;
    const conversation = await this.access.readable(manager, writer, query.conversationId);
    const q = query.q ?? '';
    const rights = await this.permissions.of(writer);
    const inScope = propertyScopeCondition('p', rights.scope);
    const [people, properties] = await Promise.all([
      chatQuery<{ id: string; displayName: string }>(
        manager,
        `SELECT u.id, u.display_name AS "displayName" FROM chat_members cm JOIN users u ON u.id = cm.user_id
         WHERE cm.conversation_id = :conversationId AND cm.left_at IS NULL AND u.is_active AND u.id <> :writerId
           AND u.display_name ILIKE :pattern
         ORDER BY lower(u.display_name), u.id LIMIT :limit`,
        { conversationId: conversation.id, writerId: writer.userId, pattern: containing(q), limit: query.limit },
      ),
      chatQuery<{ slug: string; name: string; city: string | null }>(
        manager,
        `SELECT p.slug, p.name, p.city FROM properties p
         WHERE ${inScope.where} AND (p.name ILIKE :pattern OR p.slug ILIKE :pattern)
         ORDER BY lower(p.name), p.slug LIMIT :limit`,
        { ...inScope.parameters, pattern: containing(q), limit: query.limit },
      ),
    ]);
    const matches = (text: string) => text.toLowerCase().includes(q.toLowerCase());
    const figures: SuggestedItemDto[] = rights.views.includes(KPI_TILES_VIEW)
      ? REFERENCE_KPI_METRICS.filter((metric) => matches(KPI_TILES[metric].label)).map((metric) => ({
          type: 'kpi',
          id: `${PORTFOLIO_REFERENCE_SCOPE}:${metric}`,
          label: KPI_TILES[metric].label,
          detail: 'Figure · whole portfolio',
        }))
      : [];
    const charts: SuggestedItemDto[] = VIEWS.filter(
      (view) => rights.views.includes(view.id) && matches(view.label),
    ).map((view) => ({
      type: 'chart',
      id: `${PORTFOLIO_REFERENCE_SCOPE}:${view.id}`,
      label: view.label,
      detail: `Chart · ${TABS.find((tab) => tab.id === tabOfView(view.id))?.label ?? ''}`,
    }));
    const places: SuggestedItemDto[] = properties.map((property) => ({
      type: 'property',
      id: property.slug,
      label: property.name,
      detail: property.city ? `Property · ${property.city}` : 'Property',
    }));
    return { people, items: [...places, ...figures, ...charts].slice(0, query.limit) };
  }
}
