import { HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES, NotificationType } from '@ownerdash/contracts';
import { DataSource } from 'typeorm';
import { AuthContext } from '../auth/auth-context';
import { ApiException } from '../common/api-exception';
import { decodeCursor, encodeCursor, isTimeText, isUuidText } from '../common/cursor';
import {
  MarkNotificationsReadDto,
  NotificationDto,
  NotificationListDto,
  NotificationListQueryDto,
} from './notifications.dto';

interface NotificationRow {
  readonly id: string;
  readonly type: NotificationType;
  readonly data: { conversationId: string; messageId: string | null; messageSeq?: number; actorId: string };
  readonly actorName: string | null;
  readonly createdAt: Date;
  readonly readAt: Date | null;
}

interface Cursor {
  readonly at: string;
  readonly id: string;
}

/** A person's notifications: newest first, how many are unread, and marking them read. */
@Injectable()
export class NotificationInbox {
  constructor(private readonly dataSource: DataSource) {}

  async list(reader: AuthContext, query: NotificationListQueryDto): Promise<NotificationListDto> {
    const after =
      query.cursor === undefined
        ? null
        : decodeCursor(
            query.cursor,
            isCursor,
            'cursor is not one a list of notifications answered: start again without it',
          );
    const parameters: unknown[] = [reader.userId, query.limit + 1];
    const conditions = ['n.user_id = $1'];
    if (query.unread) {
      conditions.push('n.read_at IS NULL');
    }
    if (after) {
      parameters.push(after.at, after.id);
      conditions.push(`(n.created_at, n.id) < ($${parameters.length - 1}::timestamptz, $${parameters.length}::uuid)`);
    }
    const rows = (await this.dataSource.query(
      `SELECT n.id, n.type, n.data, n.created_at AS "createdAt", n.read_at AS "readAt",
              (SELECT u.display_name FROM users u WHERE u.id = (n.data->>'actorId')::uuid) AS "actorName"
       FROM notifications n WHERE ${conditions.join(' AND ')}
       ORDER BY n.created_at DESC, n.id DESC LIMIT $2`,
      parameters,
    )) as NotificationRow[];
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toDto),
      nextCursor:
        rows.length > query.limit && last ? encodeCursor({ at: last.createdAt.toISOString(), id: last.id }) : null,
    };
  }

  async unreadCount(reader: AuthContext): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [reader.userId],
    )) as { count: number }[];
    return row?.count ?? 0;
  }

  /** Marks the caller's notifications read: these ids (others' are passed over), or all of them. */
  async markRead(reader: AuthContext, body: MarkNotificationsReadDto): Promise<void> {
    if (!body.all && (body.ids === undefined || body.ids.length === 0)) {
      const message = 'Send ids (the notifications to mark read) or all: true';
      throw new ApiException(HttpStatus.BAD_REQUEST, {
        message,
        code: ERROR_CODES.validationFailed,
        details: [{ field: 'ids', problems: [message] }],
      });
    }
    await this.dataSource.query(
      `UPDATE notifications SET read_at = now()
       WHERE user_id = $1 AND read_at IS NULL ${body.all ? '' : 'AND id = ANY($2::uuid[])'}`,
      body.all ? [reader.userId] : [reader.userId, body.ids],
    );
  }
}

function toDto(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    type: row.type,
    conversationId: row.data.conversationId,
    messageId: row.data.messageId,
    // Written since the web app opens a notification at its message; older rows have none.
    messageSeq: row.data.messageSeq ?? null,
    actor: row.actorName === null ? null : { id: row.data.actorId, displayName: row.actorName },
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

function isCursor(value: unknown): value is Cursor {
  const cursor = value as Partial<Cursor> | null;
  return isTimeText(cursor?.at) && isUuidText(cursor?.id);
}
