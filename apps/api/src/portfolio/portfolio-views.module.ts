import { Module } from '@nestjs/common';
import { PortfolioPropertiesModule } from './properties/portfolio-properties.module';
import { DelinquencyModule } from './views/delinquency/delinquency.module';
import { OverviewModule } from './views/overview/overview.module';

/** The dashboard's data: the caller's properties, and one route per view of the permission registry, a module per tab. */
@Module({ imports: [PortfolioPropertiesModule, OverviewModule, DelinquencyModule] })
export class PortfolioViewsModule {}
