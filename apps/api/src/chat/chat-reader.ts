import { AuthContext } from '../auth/auth-context';

/** Who reads or writes in the chat: enough of the caller to judge access and scope. */
export type ChatReader = Pick<AuthContext, 'userId' | 'organizationId' | 'role' | 'permissionVersion'>;
