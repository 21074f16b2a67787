import { User } from '../users/user.entity';
import { AuthUserDto } from './auth-responses.dto';

export function toAuthUser(user: User): AuthUserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organizationId: user.organizationId,
    mustChangePassword: user.mustChangePassword,
    avatarUrl: user.avatarUrl,
  };
}
