import { HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { DataSource } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { decodeCursor, encodeCursor, isTimeText, isUuidText } from '../common/cursor';
import { EffectivePermissions, EffectivePermissionsService } from '../permissions/effective-permissions';
import { ChatReader } from './chat-reader';
import { CONVERSATION_TITLE, MESSAGE_COLUMNS, MessageRow } from './chat-rows';
import { chatQuery } from './chat-sql';
import { ConversationAccess } from './conversation-access';
import { toMessageDto } from './message-dto';
import { ChatSearchQueryDto, ExcerptPartDto, SearchHitDto, SearchResultsDto } from './search.dto';

interface HitRow extends MessageRow {
  readonly rank: string;
  readonly conversationType: SearchHitDto['conversation']['type'];
  readonly conversationTitle: string | null;
  readonly excerpt: string;
}

/** Where a page of results ends: the next page starts after this hit in the order of the search. */
interface Cursor {
  readonly rank: string;
  readonly createdAt: string;
  readonly id: string;
}

/** Marks of the matched words in ts_headline's answer; taken out of the content beforehand. */
const MATCH_START = '\u0001';
const MATCH_END = '\u0002';
const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`;

/**
 * Full-text search over the messages of the conversations the caller may read now, best match
 * first: the words as in a web search (`websearch_to_tsquery`, which takes any text as words, so
 * no input is a syntax error), English stemming, ranked by cover density, with excerpts whose
 * matched words are marked. Deleted messages are never found.
 */
@Injectable()
export class MessageSearch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly permissions: EffectivePermissionsService,
  ) {}

  async search(reader: ChatReader, query: ChatSearchQueryDto): Promise<SearchResultsDto> {
    const manager = this.dataSource.manager;
    if (query.conversationId) {
      await this.access.readable(manager, reader, query.conversationId);
    }
    const period = searchPeriod(query);
    const after =
      query.cursor === undefined
        ? null
        : decodeCursor(query.cursor, isCursor, 'cursor is not one a search answered: start again without it');
    const access = await this.access.condition(reader);
    const filters = [
      query.conversationId ? 'AND m.conversation_id = :conversationId' : '',
      query.type ? 'AND c.type = :type' : '',
      period.from ? 'AND m.created_at >= :from' : '',
      period.to ? 'AND m.created_at < :to' : '',
    ].join(' ');
    const rows = await chatQuery<HitRow>(
      manager,
      `WITH q AS (SELECT websearch_to_tsquery('english', :q) AS query),
       hits AS (
         SELECT m.id, m.created_at, ts_rank_cd(m.search_vector, q.query) AS rank
         FROM q, chat_messages m JOIN chat_conversations c ON c.id = m.conversation_id
         WHERE numnode(q.query) > 0 AND m.search_vector @@ q.query AND m.deleted_at IS NULL
           AND ${access.where} ${filters}
       ),
       page AS (
         SELECT * FROM hits
         ${after ? 'WHERE (rank, created_at, id) < (CAST(:afterRank AS real), CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))' : ''}
         ORDER BY rank DESC, created_at DESC, id DESC
         LIMIT :take
       )
       SELECT page.rank::text AS rank, ${MESSAGE_COLUMNS}, c.type AS "conversationType",
         ${CONVERSATION_TITLE} AS "conversationTitle",
         ts_headline('english', translate(m.content, E'\\x01\\x02', ''), q.query, '${HEADLINE_OPTIONS}') AS excerpt
       FROM page JOIN chat_messages m ON m.id = page.id JOIN chat_conversations c ON c.id = m.conversation_id, q
       ORDER BY page.rank DESC, page.created_at DESC, page.id DESC`,
      {
        ...access.parameters,
        q: query.q,
        conversationId: query.conversationId,
        type: query.type,
        from: period.from,
        to: period.to,
        afterRank: after?.rank,
        afterAt: after?.createdAt,
        afterId: after?.id,
        take: query.limit + 1,
      },
    );
    const page = rows.slice(0, query.limit);
    const rights = await this.permissions.of(reader);
    const last = page.at(-1);
    return {
      items: page.map((row) => toHit(row, rights)),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor({ rank: last.rank, createdAt: last.createdAt.toISOString(), id: last.id })
          : null,
    };
  }
}

function toHit(row: HitRow, rights: EffectivePermissions): SearchHitDto {
  return {
    message: toMessageDto(row, rights),
    conversation: {
      id: row.conversationId,
      type: row.conversationType,
      title: row.conversationTitle ?? 'Conversation',
    },
    excerpt: excerptParts(row.excerpt),
  };
}

/** ts_headline's text as parts, each matched word a part of its own marked `match`. */
export function excerptParts(headline: string): ExcerptPartDto[] {
  const parts: ExcerptPartDto[] = [];
  for (const [index, piece] of headline.split(MATCH_START).entries()) {
    const [matched, rest] = index === 0 ? [null, piece] : splitOnce(piece, MATCH_END);
    if (matched) {
      parts.push({ text: matched, match: true });
    }
    if (rest) {
      parts.push({ text: rest, match: false });
    }
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}

function searchPeriod(query: ChatSearchQueryDto): { from?: Date; to?: Date } {
  const from = query.from ? new Date(query.from) : undefined;
  const to = query.to ? new Date(query.to) : undefined;
  if (from && to && from >= to) {
    throw badQuery('from must be before to', 'from');
  }
  return { from, to };
}

function isCursor(value: unknown): value is Cursor {
  const cursor = value as Partial<Cursor> | null;
  return (
    typeof cursor?.rank === 'string' &&
    Number.isFinite(Number(cursor.rank)) &&
    isTimeText(cursor.createdAt) &&
    isUuidText(cursor.id)
  );
}

function badQuery(problem: string, field: string): ApiException {
  return new ApiException(HttpStatus.BAD_REQUEST, {
    message: problem,
    code: ERROR_CODES.validationFailed,
    details: [{ field, problems: [problem] }],
  });
}
