import { Module } from '@nestjs/common';
import { ViewSupportModule } from '../view-support.module';
import { ReputationView } from './reputation.view';
import { ReviewSourceView } from './review-source.view';
import { ReviewsController } from './reviews.controller';

@Module({
  imports: [ViewSupportModule],
  controllers: [ReviewsController],
  providers: [ReviewSourceView, ReputationView],
  exports: [ReviewSourceView, ReputationView],
})
export class ReviewsModule {}
