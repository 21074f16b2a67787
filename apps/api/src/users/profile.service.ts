import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthContext } from '../auth/auth-context';
import { AuthUserDto } from '../auth/auth-responses.dto';
import { toAuthUser } from '../auth/auth-user';
import { UpdateProfileDto } from './profile.dto';
import { User } from './user.entity';

@Injectable()
export class ProfileService {
  constructor(private readonly dataSource: DataSource) {}

  async update(auth: AuthContext, changes: UpdateProfileDto): Promise<AuthUserDto> {
    const users = this.dataSource.getRepository(User);
    if (Object.keys(changes).length > 0) {
      await users.update({ id: auth.userId }, changes);
    }
    return toAuthUser(await users.findOneByOrFail({ id: auth.userId }));
  }
}
