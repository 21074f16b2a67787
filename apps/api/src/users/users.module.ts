import { Module } from '@nestjs/common';
import { ProfileController } from './profile.controller';
import { ProfileService } from './profile.service';
import { UserAccounts } from './user-accounts';

/** Accounts (the `users` table) and each person's own profile. */
@Module({
  controllers: [ProfileController],
  providers: [ProfileService, UserAccounts],
  exports: [UserAccounts],
})
export class UsersModule {}
