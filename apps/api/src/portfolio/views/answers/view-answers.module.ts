import { Module } from '@nestjs/common';
import { DelinquencyModule } from '../delinquency/delinquency.module';
import { FinancialsModule } from '../financials/financials.module';
import { LeasingModule } from '../leasing/leasing.module';
import { MaintenanceModule } from '../maintenance/maintenance.module';
import { OverviewModule } from '../overview/overview.module';
import { RenewalsModule } from '../renewals/renewals.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { RiskModule } from '../risk/risk.module';
import { ViewAnswers } from './view-answers';

/** Every view by its id, and the modules of the views whose rows and units can be asked for one by one (the chat's references). */
@Module({
  imports: [
    OverviewModule,
    LeasingModule,
    RenewalsModule,
    DelinquencyModule,
    FinancialsModule,
    ReviewsModule,
    RiskModule,
    MaintenanceModule,
  ],
  providers: [ViewAnswers],
  exports: [ViewAnswers, OverviewModule, DelinquencyModule, RenewalsModule],
})
export class ViewAnswersModule {}
