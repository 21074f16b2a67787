import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { ChatModule } from '../chat/chat.module';
import { Clock, SYSTEM_CLOCK } from '../common/clock';
import { ClockModule } from '../common/clock.module';
import { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { DemoModule } from '../demo/demo.module';
import { EventsModule } from '../events/events.module';
import { FieldEncryptionModule } from '../field-encryption/field-encryption.module';
import { HealthModule } from '../health/health.module';
import { MailModule } from '../mail/mail.module';
import { MetricsModule } from '../metrics/metrics.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PermissionsModule } from '../permissions/permissions.module';
import { PortfolioImportModule } from '../portfolio/import/portfolio-import.module';
import { PortfolioViewsModule } from '../portfolio/portfolio-views.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { TeamModule } from '../team/team.module';
import { UsersModule } from '../users/users.module';

@Module({})
export class AppModule {
  /**
   * The whole application; `clock` is the system's unless a test fixes the day. Without
   * `auditEnabled` (a measurement outside production) the audit module is left out whole.
   */
  static register(config: AppConfig, clock: Clock = SYSTEM_CLOCK): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        DatabaseModule,
        FieldEncryptionModule,
        EventsModule,
        MetricsModule,
        MailModule,
        PermissionsModule,
        AuthModule,
        // Benchmarks only (refused in production): privacy exports a person's audit entries, so it goes too.
        ...(config.auditEnabled ? [AuditModule] : []),
        OrganizationsModule,
        UsersModule,
        TeamModule,
        PortfolioImportModule,
        PortfolioViewsModule,
        NotificationsModule,
        ...(config.auditEnabled ? [PrivacyModule] : []),
        ChatModule,
        HealthModule,
        DemoModule,
      ],
    };
  }
}
