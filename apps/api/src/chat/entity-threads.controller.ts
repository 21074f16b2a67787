import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { EntityThreadCounts } from './entity-thread-counts';
import { EntityThreadCountsDto, EntityThreadCountsQueryDto } from './entity-threads.dto';

@ApiTags('chat')
@Controller('chat/entity-threads')
export class EntityThreadsController {
  constructor(private readonly counts: EntityThreadCounts) {}

  @Authenticated()
  @Get('counts')
  @ApiOperation({
    operationId: 'countEntityThreads',
    summary: 'How many threads you may read about each of these entities',
    description:
      'For a table page of the dashboard: one request for its rows. The threads themselves: GET /api/chat/conversations?entityType=&entityId=.',
  })
  @ApiOkResponse({ type: EntityThreadCountsDto })
  @ApiErrorResponses(400)
  count(@CurrentAuth() auth: AuthContext, @Query() query: EntityThreadCountsQueryDto): Promise<EntityThreadCountsDto> {
    return this.counts.count(auth, query);
  }
}
