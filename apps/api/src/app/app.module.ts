import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { DemoModule } from '../demo/demo.module';
import { EventsModule } from '../events/events.module';
import { HealthModule } from '../health/health.module';
import { MailModule } from '../mail/mail.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PermissionsModule } from '../permissions/permissions.module';
import { PortfolioImportModule } from '../portfolio/import/portfolio-import.module';
import { PortfolioViewsModule } from '../portfolio/portfolio-views.module';
import { TeamModule } from '../team/team.module';
import { UsersModule } from '../users/users.module';

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        EventsModule,
        MailModule,
        PermissionsModule,
        AuthModule,
        OrganizationsModule,
        UsersModule,
        TeamModule,
        PortfolioImportModule,
        PortfolioViewsModule,
        HealthModule,
        DemoModule,
      ],
    };
  }
}
