import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { containing } from '../common/like-pattern';
import { chatQuery } from './chat-sql';

/** Who is being erased: their id, and the name and email to leave no trace of. */
export interface ErasedPerson {
  readonly userId: string;
  readonly organizationId: string;
  readonly displayName: string;
  readonly email: string;
  /** What their name is replaced with, in mentions and in text. */
  readonly replacement: string;
}

/** The name's characters as a literal in a PostgreSQL regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The name as a whole word (`\m`, `\M`) where it starts or ends with a word character. */
function wordPattern(text: string): string {
  const start = /^\w/u.test(text) ? '\\m' : '';
  const end = /\w$/u.test(text) ? '\\M' : '';
  return `${start}${literal(text)}${end}`;
}

/**
 * The chat's part of erasing a person. Their messages stay (shown from "Former user", as names are
 * read from `users`) or are deleted as a sender's deletion is: content emptied, so the generated
 * search vector is empty too, reactions and reference gone, the placeholder kept in its place.
 * Then no message or group name of their organization keeps their name or email: mentions of
 * them (`@[Name](user:<id>)`) are renamed, and the name and email written as text are replaced.
 * No events: the people reading those conversations see the change on their next load.
 */
@Injectable()
export class SenderErasure {
  async erase(manager: EntityManager, person: ErasedPerson, deleteMessages: boolean): Promise<number> {
    let deleted = 0;
    if (deleteMessages) {
      const rows = await chatQuery<{ id: string }>(
        manager,
        `UPDATE chat_messages SET content = '', reference = NULL, deleted_at = now()
          WHERE sender_id = :userId AND deleted_at IS NULL RETURNING id`,
        { userId: person.userId },
      );
      deleted = rows.length;
      await chatQuery(
        manager,
        `DELETE FROM chat_reactions r USING chat_messages m
          WHERE r.message_id = m.id AND m.sender_id = :userId AND m.deleted_at IS NOT NULL`,
        { userId: person.userId },
      );
    }
    const parameters = {
      organizationId: person.organizationId,
      mention: `@\\[[^\\]]*\\]\\(user:${person.userId}\\)`,
      mentionLike: containing(`(user:${person.userId})`),
      renamedMention: `@[${person.replacement}](user:${person.userId})`,
      name: wordPattern(person.displayName),
      nameQuery: person.displayName,
      replacement: person.replacement,
      email: literal(person.email),
      emailLike: containing(person.email),
    };
    const inOrganization = `conversation_id IN (SELECT id FROM chat_conversations WHERE organization_id = :organizationId)`;
    await chatQuery(
      manager,
      `UPDATE chat_messages SET content = regexp_replace(content, :mention, :renamedMention, 'gi')
        WHERE ${inOrganization} AND content ILIKE :mentionLike`,
      parameters,
    );
    // The search vector finds the messages naming them (its GIN index), the expression replaces the words.
    await chatQuery(
      manager,
      `UPDATE chat_messages SET content = regexp_replace(content, :name, :replacement, 'gi')
        WHERE ${inOrganization} AND search_vector @@ phraseto_tsquery('english', :nameQuery)
          AND content ~* :name`,
      parameters,
    );
    await chatQuery(
      manager,
      `UPDATE chat_messages SET content = regexp_replace(content, :email, '[email removed]', 'gi')
        WHERE ${inOrganization} AND content ILIKE :emailLike`,
      parameters,
    );
    await chatQuery(
      manager,
      `UPDATE chat_conversations SET name = regexp_replace(name, :name, :replacement, 'gi')
        WHERE organization_id = :organizationId AND name ~* :name`,
      parameters,
    );
    return deleted;
  }
}
