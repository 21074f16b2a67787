import { Module } from '@nestjs/common';
import { ViewSupportModule } from '../view-support.module';
import { FinancialsController } from './financials.controller';
import { FinancialKpiHeaderView } from './kpi-header.view';
import { PnlView } from './pnl.view';
import { RevenueDetailView } from './revenue-detail.view';

@Module({
  imports: [ViewSupportModule],
  controllers: [FinancialsController],
  providers: [PnlView, RevenueDetailView, FinancialKpiHeaderView],
  exports: [PnlView, RevenueDetailView, FinancialKpiHeaderView],
})
export class FinancialsModule {}
