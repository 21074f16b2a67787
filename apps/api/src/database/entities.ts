import { RefreshToken } from '../auth/refresh-token.entity';
import { Session } from '../auth/session.entity';
import { Organization } from '../organizations/organization.entity';
import { Property } from '../organizations/property.entity';
import { User } from '../users/user.entity';

/** Every entity, listed explicitly for the same reason as the migrations. */
export const ENTITIES = [Organization, Property, User, Session, RefreshToken];
