import { Module } from '@nestjs/common';
import { ViewSupportModule } from '../views/view-support.module';
import { PortfolioPropertiesController } from './portfolio-properties.controller';
import { PortfolioPropertiesView } from './portfolio-properties.view';

@Module({
  imports: [ViewSupportModule],
  controllers: [PortfolioPropertiesController],
  providers: [PortfolioPropertiesView],
  exports: [PortfolioPropertiesView],
})
export class PortfolioPropertiesModule {}
