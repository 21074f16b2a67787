import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { MessageSearch } from './message-search';
import { ChatSearchQueryDto, SearchResultsDto } from './search.dto';

@ApiTags('chat')
@Controller('chat/search')
export class SearchController {
  constructor(private readonly messages: MessageSearch) {}

  @Authenticated()
  @Get()
  @ApiOperation({
    operationId: 'searchChatMessages',
    summary: 'Messages of the conversations you may read that match the words, best match first',
    description:
      'Full-text search with English stemming over messages not deleted, in conversations you may read now. Page with nextCursor. A search of only common words ("the", "and") finds nothing.',
  })
  @ApiOkResponse({ type: SearchResultsDto })
  @ApiErrorResponses(400, 404)
  search(@CurrentAuth() auth: AuthContext, @Query() query: ChatSearchQueryDto): Promise<SearchResultsDto> {
    return this.messages.search(auth, query);
  }
}
