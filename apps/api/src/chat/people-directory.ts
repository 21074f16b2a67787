import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { containing } from '../common/like-pattern';
import { ChatReader } from './chat-reader';
import { chatQuery } from './chat-sql';
import { PeopleDto, PeopleQueryDto } from './people.dto';
import { ChatPresence } from './realtime/chat-presence';

/**
 * The people a reader can start a conversation with: the other active users of their own
 * organization, found by part of their name or email. Emails are searched, never answered.
 */
@Injectable()
export class PeopleDirectory {
  constructor(
    private readonly dataSource: DataSource,
    private readonly presence: ChatPresence,
  ) {}

  async search(reader: ChatReader, query: PeopleQueryDto): Promise<PeopleDto> {
    const people = await chatQuery<{ id: string; displayName: string }>(
      this.dataSource.manager,
      `SELECT u.id, u.display_name AS "displayName" FROM users u
       WHERE u.organization_id = :organizationId AND u.is_active AND u.id <> :readerId
         ${query.q ? 'AND (u.display_name ILIKE :pattern OR u.email ILIKE :pattern)' : ''}
       ORDER BY lower(u.display_name), u.id
       LIMIT :limit`,
      {
        organizationId: reader.organizationId,
        readerId: reader.userId,
        pattern: containing(query.q ?? ''),
        limit: query.limit,
      },
    );
    const online = await this.presence.online(people.map((person) => person.id));
    return { items: people.map((person) => ({ ...person, online: online.has(person.id) })) };
  }
}
