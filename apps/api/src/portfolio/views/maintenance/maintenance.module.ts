import { Module } from '@nestjs/common';
import { ViewSupportModule } from '../view-support.module';
import { MaintenanceController } from './maintenance.controller';
import { MaintenanceSummaryView } from './summary.view';

@Module({
  imports: [ViewSupportModule],
  controllers: [MaintenanceController],
  providers: [MaintenanceSummaryView],
  exports: [MaintenanceSummaryView],
})
export class MaintenanceModule {}
