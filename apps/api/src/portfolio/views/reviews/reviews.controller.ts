import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../../../auth/auth-context';
import { Authenticated } from '../../../auth/authenticated.decorator';
import { CurrentAuth } from '../../../auth/request-auth';
import { ApiErrorResponses } from '../../../common/api-error-responses.decorator';
import { ReputationDto, ReputationQueryDto } from './reputation.dto';
import { ReputationView } from './reputation.view';
import { ReviewSourceDto, ReviewSourceQueryDto } from './review-source.dto';
import { ReviewSourceView } from './review-source.view';

const SOURCE_DESCRIPTION =
  'One page of the reviews posted in the period (default: the last 365 days) over your scope (or propertyIds), newest first by default, with their mean rating, response rate and mean response time.';

@ApiTags('portfolio: reviews')
@Controller('portfolio/reviews')
export class ReviewsController {
  constructor(
    private readonly reviewSource: ReviewSourceView,
    private readonly reputation: ReputationView,
  ) {}

  @Authenticated({ view: 'reviews.google' })
  @Get('google')
  @ApiOperation({ operationId: 'getReviewsGoogle', summary: 'Google reviews', description: SOURCE_DESCRIPTION })
  @ApiOkResponse({ type: ReviewSourceDto })
  @ApiErrorResponses(400)
  getGoogle(@CurrentAuth() auth: AuthContext, @Query() query: ReviewSourceQueryDto): Promise<ReviewSourceDto> {
    return this.reviewSource.load(auth, query, 'google');
  }

  @Authenticated({ view: 'reviews.apartments' })
  @Get('apartments')
  @ApiOperation({
    operationId: 'getReviewsApartments',
    summary: 'Apartments.com reviews',
    description: SOURCE_DESCRIPTION,
  })
  @ApiOkResponse({ type: ReviewSourceDto })
  @ApiErrorResponses(400)
  getApartments(@CurrentAuth() auth: AuthContext, @Query() query: ReviewSourceQueryDto): Promise<ReviewSourceDto> {
    return this.reviewSource.load(auth, query, 'apartments');
  }

  @Authenticated({ view: 'reviews.reputation' })
  @Get('reputation')
  @ApiOperation({
    operationId: 'getReviewsReputation',
    summary: 'Reputation across sites: ratings per source, overall, response rate and monthly trend',
    description:
      'Reviews posted in the period (default: the last 365 days) over your scope (or propertyIds), all sources together.',
  })
  @ApiOkResponse({ type: ReputationDto })
  @ApiErrorResponses(400)
  getReputation(@CurrentAuth() auth: AuthContext, @Query() query: ReputationQueryDto): Promise<ReputationDto> {
    return this.reputation.load(auth, query);
  }
}
