import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthContext } from '../auth/auth-context';
import { AuthUserDto } from '../auth/auth-responses.dto';
import { toAuthUser } from '../auth/auth-user';
import { UpdateProfileDto } from './profile.dto';
import { UserAccounts } from './user-accounts';

@Injectable()
export class ProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: UserAccounts,
  ) {}

  async update(auth: AuthContext, changes: UpdateProfileDto): Promise<AuthUserDto> {
    const manager = this.dataSource.manager;
    await this.accounts.updateProfile(manager, auth.userId, changes);
    const user = await this.accounts.findById(manager, auth.userId);
    if (!user) {
      throw new Error(`User ${auth.userId} vanished while updating their profile`);
    }
    return toAuthUser(user);
  }
}
