import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MailModule } from '../mail/mail.module';
import { PermissionsModule } from '../permissions/permissions.module';
import { User } from '../users/user.entity';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_ISSUER, ACCESS_TOKEN_TTL_SECONDS, AccessTokens } from './access-tokens';
import { AccountRecoveryController } from './account-recovery.controller';
import { AccountRecoveryService } from './account-recovery.service';
import { AttemptThrottle } from './attempt-throttle';
import { AuthController } from './auth.controller';
import { AuthenticationGuard } from './authentication.guard';
import { CurrentAccountService } from './current-account.service';
import { OneTimeTokens } from './one-time-tokens';
import { PasswordChangeService } from './password-change.service';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import { PasswordReset } from './password-reset.entity';
import { Principals } from './principals';
import { RefreshCookie } from './refresh-cookie';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';
import { Sessions } from './sessions';
import { SignInService } from './sign-in.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Session, RefreshToken, User, PasswordReset]),
    MailModule,
    PermissionsModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to parse
        // it as a public key on every verification, which costs more than the HMAC itself.
        secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
        signOptions: {
          algorithm: ACCESS_TOKEN_ALGORITHM,
          expiresIn: ACCESS_TOKEN_TTL_SECONDS,
          issuer: ACCESS_TOKEN_ISSUER,
        },
        // Pinned: a token naming any other algorithm (`none`, RS256 with the secret as key…) is refused.
        verifyOptions: { algorithms: [ACCESS_TOKEN_ALGORITHM], issuer: ACCESS_TOKEN_ISSUER },
      }),
    }),
  ],
  controllers: [AuthController, AccountRecoveryController],
  providers: [
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    AccountRecoveryService,
    OneTimeTokens,
    AccessTokens,
    CurrentAccountService,
    AttemptThrottle,
    PasswordChangeService,
    PasswordHasher,
    PasswordPolicy,
    Principals,
    RefreshCookie,
    Sessions,
    SignInService,
  ],
  exports: [OneTimeTokens, PasswordHasher, PasswordPolicy, Sessions],
})
export class AuthModule {}
