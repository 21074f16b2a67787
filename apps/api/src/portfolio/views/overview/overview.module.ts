import { Module } from '@nestjs/common';
import { ViewSupportModule } from '../view-support.module';
import { KpiTilesView } from './kpi-tiles.view';
import { OverviewController } from './overview.controller';

@Module({ imports: [ViewSupportModule], controllers: [OverviewController], providers: [KpiTilesView] })
export class OverviewModule {}
