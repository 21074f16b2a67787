import { Module } from '@nestjs/common';
import { PortfolioPropertiesModule } from './properties/portfolio-properties.module';
import { DelinquencyModule } from './views/delinquency/delinquency.module';
import { FinancialsModule } from './views/financials/financials.module';
import { LeasingModule } from './views/leasing/leasing.module';
import { MaintenanceModule } from './views/maintenance/maintenance.module';
import { OverviewModule } from './views/overview/overview.module';
import { RenewalsModule } from './views/renewals/renewals.module';
import { ReviewsModule } from './views/reviews/reviews.module';
import { RiskModule } from './views/risk/risk.module';

/** The dashboard's data: the caller's properties, and one route per view of the permission registry, a module per tab. */
@Module({
  imports: [
    PortfolioPropertiesModule,
    OverviewModule,
    DelinquencyModule,
    FinancialsModule,
    LeasingModule,
    ReviewsModule,
    RiskModule,
    MaintenanceModule,
    RenewalsModule,
  ],
})
export class PortfolioViewsModule {}
