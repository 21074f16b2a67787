import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { CurrentReferenceAnswer } from '@ownerdash/contracts';
import { DataSource } from 'typeorm';
import { EffectivePermissions, EffectivePermissionsService } from '../permissions/effective-permissions';
import { ChatReader } from './chat-reader';
import { chatQuery } from './chat-sql';
import { ConversationAccess } from './conversation-access';
import { CurrentReferencesDto } from './current-references.dto';
import { ReferenceSnapshots } from './reference-snapshots';
import { referenceFor } from './reference-views';
import { StoredReference } from './stored-reference';

/**
 * The items that messages point at as they stand now, for the card's "then → now". Asked by
 * message rather than by reference: the server knows which properties each snapshot covered, so
 * a portfolio figure now covers the same properties as then, whatever the reader's own scope; and
 * a reader can ask only about what was shared with them. Each value is taken as a share would
 * take it with the reader's rights, so a reader who may not see the item gets it restricted.
 */
@Injectable()
export class CurrentReferences {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly permissions: EffectivePermissionsService,
    private readonly snapshots: ReferenceSnapshots,
  ) {}

  async of(reader: ChatReader, messageIds: readonly string[]): Promise<CurrentReferencesDto> {
    const access = await this.access.condition(reader);
    const rows = await chatQuery<{ id: string; reference: StoredReference }>(
      this.dataSource.manager,
      `SELECT m.id, m.reference
         FROM chat_messages m
         JOIN chat_conversations c ON c.id = m.conversation_id
        WHERE m.id = ANY(CAST(:messageIds AS uuid[])) AND m.reference IS NOT NULL AND m.deleted_at IS NULL
          AND ${access.where}`,
      { messageIds: [...new Set(messageIds.map((id) => id.toLowerCase()))], ...access.parameters },
    );
    const rights = await this.permissions.of(reader);
    const items = [];
    // One at a time: a page of references should not take every connection of the pool at once.
    for (const row of rows) {
      items.push({ messageId: row.id, reference: await this.current(reader, row.reference, rights) });
    }
    return { items };
  }

  private async current(
    reader: ChatReader,
    stored: StoredReference,
    rights: EffectivePermissions,
  ): Promise<CurrentReferenceAnswer> {
    const seen = referenceFor(stored, rights);
    if ('restricted' in seen) {
      return seen;
    }
    try {
      const now = await this.snapshots.take(reader, stored, stored.propertyIds);
      return { type: now.type, id: now.id, label: now.label, snapshot: now.snapshot };
    } catch (error) {
      const status = error instanceof HttpException ? error.getStatus() : null;
      if (status === HttpStatus.NOT_FOUND) {
        return { type: stored.type, id: stored.id, missing: true };
      }
      if (status === HttpStatus.FORBIDDEN) {
        return { type: stored.type, restricted: true };
      }
      throw error;
    }
  }
}
