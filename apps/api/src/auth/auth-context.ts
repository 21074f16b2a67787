import { Role } from '@ownerdash/contracts';

/** Who is calling, established by the authentication guard from the access token and the database. */
export interface AuthContext {
  readonly userId: string;
  readonly organizationId: string;
  readonly role: Role;
  readonly sessionId: string;
  readonly permissionVersion: number;
}

export interface ClientInfo {
  readonly ipAddress: string | null;
  readonly userAgent: string | null;
}
