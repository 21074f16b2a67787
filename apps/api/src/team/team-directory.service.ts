import { Injectable } from '@nestjs/common';
import { Role } from '@ownerdash/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuthContext } from '../auth/auth-context';
import { containing } from '../common/like-pattern';
import { AdminUserDto, UserListDto, UserListQueryDto } from './admin-users.dto';

interface UserRow {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly isActive: boolean;
  readonly lastLogin: Date | null;
  readonly createdAt: Date;
  readonly mustChangePassword: boolean;
  readonly pendingInvite: boolean;
  readonly propertyCount: number;
  readonly erased: boolean;
}

const COLUMNS = `
  u.id, u.email, u.display_name AS "displayName", u.role, u.is_active AS "isActive",
  u.last_login AS "lastLogin", u.created_at AS "createdAt", u.must_change_password AS "mustChangePassword",
  (u.invited_at IS NOT NULL AND u.last_login IS NULL) AS "pendingInvite",
  (SELECT count(*)::int FROM user_property_access a WHERE a.user_id = u.id) AS "propertyCount",
  u.erased_at IS NOT NULL AS erased`;

const STATUS_CONDITIONS = {
  active: 'u.is_active AND NOT (u.invited_at IS NOT NULL AND u.last_login IS NULL)',
  pending: 'u.is_active AND u.invited_at IS NOT NULL AND u.last_login IS NULL',
  inactive: 'NOT u.is_active',
} as const;

function toDto(row: UserRow): AdminUserDto {
  const restricted = row.role !== 'admin' && row.propertyCount > 0;
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    isActive: row.isActive,
    lastLogin: row.lastLogin?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    scope: { allProperties: !restricted, propertyCount: restricted ? row.propertyCount : 0 },
    pendingInvite: row.pendingInvite,
    mustChangePassword: row.mustChangePassword,
    erased: row.erased,
  };
}

/** The team as admins see it: search, filters, pages, and each member's scope at a glance. */
@Injectable()
export class TeamDirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  async list(auth: AuthContext, query: UserListQueryDto): Promise<UserListDto> {
    const conditions = ['u.organization_id = $1'];
    const parameters: unknown[] = [auth.organizationId];
    if (query.q) {
      parameters.push(containing(query.q.toLowerCase()));
      conditions.push(
        `(lower(u.email) LIKE $${parameters.length} OR lower(u.display_name) LIKE $${parameters.length})`,
      );
    }
    if (query.role) {
      parameters.push(query.role);
      conditions.push(`u.role = $${parameters.length}`);
    }
    if (query.status) {
      conditions.push(STATUS_CONDITIONS[query.status]);
    }
    const where = conditions.join(' AND ');
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM users u WHERE ${where}`,
      parameters,
    );
    const rows = await this.dataSource.query<UserRow[]>(
      `SELECT ${COLUMNS} FROM users u WHERE ${where}
        ORDER BY lower(u.display_name), u.email
        LIMIT $${parameters.length + 1} OFFSET $${parameters.length + 2}`,
      [...parameters, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { items: rows.map(toDto), total, page: query.page, pageSize: query.pageSize };
  }

  /** One member, as the list shows them; the caller has checked the user is in the organization. */
  async describe(manager: EntityManager, userId: string): Promise<AdminUserDto> {
    const [row] = await manager.query<UserRow[]>(`SELECT ${COLUMNS} FROM users u WHERE u.id = $1`, [userId]);
    if (!row) {
      throw new Error(`User ${userId} vanished while being described`);
    }
    return toDto(row);
  }
}
