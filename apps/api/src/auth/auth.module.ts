import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConcurrencyLimiter } from '../common/concurrency-limiter';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PermissionsModule } from '../permissions/permissions.module';
import { UsersModule } from '../users/users.module';
import { AccessTokenStrategy } from './access-token.strategy';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_ISSUER,
  ACCESS_TOKEN_TTL_SECONDS,
  accessTokenKey,
  AccessTokens,
} from './access-tokens';
import { AccountDataErasure } from './account-data-erasure';
import { AccountRecoveryController } from './account-recovery.controller';
import { AccountRecoveryService } from './account-recovery.service';
import { AttemptThrottle } from './attempt-throttle';
import { AuthController } from './auth.controller';
import { AuthenticationGuard } from './authentication.guard';
import { Authenticator } from './authenticator';
import { CurrentAccountService } from './current-account.service';
import { DeviceCookie } from './device-cookie';
import { OneTimeTokens } from './one-time-tokens';
import { PasswordChangeService } from './password-change.service';
import { PASSWORD_HASHING_SLOTS, PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import { PasswordReset } from './password-reset.entity';
import { Principals } from './principals';
import { RefreshCookie } from './refresh-cookie';
import { RefreshToken } from './refresh-token.entity';
import { ResetLinks } from './reset-links';
import { RouteAccessPolicy } from './route-access-policy';
import { ServerKeys } from './server-keys';
import { Session } from './session.entity';
import { Sessions } from './sessions';
import { SignInService } from './sign-in.service';
import { TrustedDevices } from './trusted-devices';

@Module({
  imports: [
    TypeOrmModule.forFeature([Session, RefreshToken, PasswordReset]),
    UsersModule,
    PermissionsModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: accessTokenKey(config.jwtSecret),
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
    AccessTokenStrategy,
    AccessTokens,
    AccountDataErasure,
    AccountRecoveryService,
    AttemptThrottle,
    Authenticator,
    CurrentAccountService,
    DeviceCookie,
    OneTimeTokens,
    PasswordChangeService,
    PasswordHasher,
    {
      provide: PASSWORD_HASHING_SLOTS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new ConcurrencyLimiter({
          concurrency: config.passwordHashConcurrency,
          queue: config.passwordHashQueue,
          maxWaitMs: config.passwordHashMaxWaitMs,
        }),
    },
    PasswordPolicy,
    Principals,
    RefreshCookie,
    ResetLinks,
    RouteAccessPolicy,
    ServerKeys,
    Sessions,
    SignInService,
    TrustedDevices,
  ],
  exports: [
    AccessTokens,
    AccountDataErasure,
    Authenticator,
    OneTimeTokens,
    PasswordHasher,
    PasswordPolicy,
    RouteAccessPolicy,
    Sessions,
  ],
})
export class AuthModule {}
