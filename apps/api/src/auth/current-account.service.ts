import { Injectable } from '@nestjs/common';
import { Role, TAB_IDS, VIEW_IDS } from '@ownerdash/contracts';
import { DataSource } from 'typeorm';
import { AuthContext } from './auth-context';
import { MeResponseDto } from './auth-responses.dto';

interface AccountRow {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly organizationId: string;
  readonly mustChangePassword: boolean;
  readonly organizationName: string;
}

@Injectable()
export class CurrentAccountService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The signed-in user with what they may see. Every user sees everything until per-user
   * rights exist. One query: every screen of the web app asks for this.
   */
  async describe(auth: AuthContext): Promise<MeResponseDto> {
    const [row] = await this.dataSource.query<AccountRow[]>(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.role, u.organization_id AS "organizationId",
              u.must_change_password AS "mustChangePassword", o.name AS "organizationName"
         FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE u.id = $1`,
      [auth.userId],
    );
    if (!row) {
      throw new Error(`The authenticated user ${auth.userId} has no row`);
    }
    const { organizationName, ...user } = row;
    return {
      user,
      organization: { id: user.organizationId, name: organizationName },
      permissions: { tabs: [...TAB_IDS], views: [...VIEW_IDS] },
      scope: { allProperties: true, propertyIds: [] },
    };
  }
}
