import { Role } from '@ownerdash/contracts';

/** Who is calling, established by the authentication guard from the access token and the database. */
export interface AuthContext {
  readonly userId: string;
  readonly organizationId: string;
  readonly role: Role;
  readonly sessionId: string;
  readonly permissionVersion: number;
  /** Read in the same query as the account's state, so describing the caller costs no extra query. */
  readonly email: string;
  readonly displayName: string;
  readonly avatarUrl: string | null;
  readonly organizationName: string;
  readonly mustChangePassword: boolean;
}

export interface ClientInfo {
  readonly ipAddress: string | null;
  readonly userAgent: string | null;
}
