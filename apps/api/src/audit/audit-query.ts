import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthContext } from '../auth/auth-context';
import { decodeCursor, encodeCursor, isTimeText, isUuidText } from '../common/cursor';
import { AuditEntryDto, AuditFilterQueryDto, AuditListDto, AuditListQueryDto } from './audit.dto';
import { AUDIT_ACTIONS, AuditAction, AuditOutcome, AuditTargetType } from './audit-actions';
import { AuditChange } from './audit-entry';

interface EntryRow {
  readonly id: string;
  readonly occurredAt: Date;
  readonly lastOccurredAt: Date;
  readonly occurrences: number;
  readonly actorId: string | null;
  readonly actorName: string | null;
  readonly action: AuditAction;
  readonly targetType: AuditTargetType | null;
  readonly targetId: string | null;
  readonly outcome: AuditOutcome;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly requestId: string | null;
  readonly details: Record<string, unknown>;
  readonly changes: AuditChange[] | null;
  readonly chainSeq: string | null;
}

interface Position {
  readonly at: string;
  readonly id: string;
}

const EXPORT_PAGE = 500;

/** Each filter as a condition on its placeholder. */
const FILTER_CONDITIONS: readonly (readonly [keyof AuditFilterQueryDto, (placeholder: string) => string])[] = [
  ['actor', (p) => `e.actor_id = ${p}::uuid`],
  ['action', (p) => `e.action = ${p}`],
  ['targetType', (p) => `e.target_type = ${p}`],
  ['targetId', (p) => `e.target_id = ${p}`],
  ['outcome', (p) => `e.outcome = ${p}`],
  ['from', (p) => `e.occurred_at >= ${p}::timestamptz`],
  ['to', (p) => `e.occurred_at < ${p}::timestamptz`],
];

/**
 * Reads an organization's audit trail, newest first, filtered. Names of actors are looked up
 * when read (`users`, by primary key), never stored in the entries, so renaming or erasing a
 * person leaves the chain intact.
 */
@Injectable()
export class AuditQuery {
  constructor(private readonly dataSource: DataSource) {}

  async list(reader: AuthContext, query: AuditListQueryDto): Promise<AuditListDto> {
    const after =
      query.cursor === undefined
        ? null
        : decodeCursor(query.cursor, isPosition, 'cursor is not one the audit log answered: start again without it');
    const rows = await this.page(reader.organizationId, query, after, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toDto),
      nextCursor:
        rows.length > query.limit && last ? encodeCursor({ at: last.occurredAt.toISOString(), id: last.id }) : null,
    };
  }

  /** Every matching entry, newest first, a page of the database at a time. */
  async *entries(
    reader: Pick<AuthContext, 'organizationId'>,
    filters: AuditFilterQueryDto,
  ): AsyncGenerator<AuditEntryDto> {
    let after: Position | null = null;
    for (;;) {
      const rows = await this.page(reader.organizationId, filters, after, EXPORT_PAGE);
      for (const row of rows) {
        yield toDto(row);
      }
      const last = rows.at(-1);
      if (!last || rows.length < EXPORT_PAGE) {
        return;
      }
      after = { at: last.occurredAt.toISOString(), id: last.id };
    }
  }

  private page(
    organizationId: string,
    filters: AuditFilterQueryDto,
    after: Position | null,
    limit: number,
  ): Promise<EntryRow[]> {
    const parameters: unknown[] = [organizationId];
    const conditions = ['e.organization_id = $1'];
    for (const [field, condition] of FILTER_CONDITIONS) {
      const value = filters[field];
      if (value !== undefined) {
        parameters.push(value);
        conditions.push(condition(`$${parameters.length}`));
      }
    }
    if (after) {
      parameters.push(after.at, after.id);
      conditions.push(`(e.occurred_at, e.id) < ($${parameters.length - 1}::timestamptz, $${parameters.length}::uuid)`);
    }
    parameters.push(limit);
    return this.dataSource.query(
      `SELECT e.id, e.occurred_at AS "occurredAt", e.last_occurred_at AS "lastOccurredAt", e.occurrences,
              e.actor_id AS "actorId", u.display_name AS "actorName", e.action, e.target_type AS "targetType",
              e.target_id AS "targetId", e.outcome, e.ip, e.user_agent AS "userAgent", e.request_id AS "requestId",
              e.details, e.chain_seq::text AS "chainSeq",
              (SELECT jsonb_agg(jsonb_build_object('field', d.field, 'before', d.before, 'after', d.after) ORDER BY d.field)
                 FROM detailed_audit_log d WHERE d.entry_id = e.id) AS changes
         FROM audit_log e LEFT JOIN users u ON u.id = e.actor_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY e.occurred_at DESC, e.id DESC LIMIT $${parameters.length}`,
      parameters,
    ) as Promise<EntryRow[]>;
  }
}

function toDto(row: EntryRow): AuditEntryDto {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    lastOccurredAt: row.lastOccurredAt.toISOString(),
    occurrences: row.occurrences,
    actor: row.actorId === null ? null : { id: row.actorId, displayName: row.actorName },
    action: row.action,
    description: AUDIT_ACTIONS[row.action]?.describes ?? row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    outcome: row.outcome,
    ip: row.ip,
    userAgent: row.userAgent,
    requestId: row.requestId,
    details: row.details,
    changes: row.changes ?? [],
    chainSeq: row.chainSeq === null ? null : Number(row.chainSeq),
  };
}

function isPosition(value: unknown): value is Position {
  const position = value as Partial<Position> | null;
  return isTimeText(position?.at) && isUuidText(position?.id);
}
