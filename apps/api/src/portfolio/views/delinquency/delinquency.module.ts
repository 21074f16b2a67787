import { Module } from '@nestjs/common';
import { ViewSupportModule } from '../view-support.module';
import { ArTableView } from './ar-table.view';
import { DelinquencyController } from './delinquency.controller';
import { EvictionsView } from './evictions.view';
import { FormerResidentsView } from './former-residents.view';
import { DelinquencySummaryView } from './summary.view';

@Module({
  imports: [ViewSupportModule],
  controllers: [DelinquencyController],
  providers: [ArTableView, DelinquencySummaryView, EvictionsView, FormerResidentsView],
  exports: [ArTableView, DelinquencySummaryView, EvictionsView, FormerResidentsView],
})
export class DelinquencyModule {}
