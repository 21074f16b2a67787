import { Injectable } from '@nestjs/common';
import { Role } from '@ownerdash/contracts';
import { DataSource } from 'typeorm';

export interface Principal {
  readonly email: string;
  readonly displayName: string;
  readonly avatarUrl: string | null;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly role: Role;
  readonly isActive: boolean;
  readonly mustChangePassword: boolean;
  readonly permissionVersion: number;
  readonly sessionLive: boolean;
}

/**
 * Loads what every authenticated request must re-check against the database: the
 * account's state and whether its session is still live, with the few fields that
 * describe the caller. One query by primary keys per request.
 */
@Injectable()
export class Principals {
  constructor(private readonly dataSource: DataSource) {}

  async load(userId: string, sessionId: string): Promise<Principal | null> {
    const [row] = await this.dataSource.query<Principal[]>(
      `SELECT u.email, u.display_name AS "displayName", u.avatar_url AS "avatarUrl", u.organization_id AS "organizationId",
              o.name AS "organizationName", u.role, u.is_active AS "isActive",
              u.must_change_password AS "mustChangePassword", u.permission_version AS "permissionVersion",
              (s.revoked_at IS NULL AND s.expires_at > now()) AS "sessionLive"
         FROM users u
         JOIN sessions s ON s.user_id = u.id
         JOIN organizations o ON o.id = u.organization_id
        WHERE u.id = $1 AND s.id = $2`,
      [userId, sessionId],
    );
    return row ?? null;
  }
}
