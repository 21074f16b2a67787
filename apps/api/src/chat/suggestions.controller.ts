import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { ChatSuggestions } from './chat-suggestions';
import { SuggestionsDto, SuggestionsQueryDto } from './suggestions.dto';

@ApiTags('chat')
@Controller('chat/suggestions')
export class SuggestionsController {
  constructor(private readonly suggestions: ChatSuggestions) {}

  @Authenticated()
  @Get()
  @ApiOperation({
    operationId: 'listChatSuggestions',
    summary: 'What @ offers while writing: members to mention, dashboard items you may see to attach',
    description:
      'People: members of the conversation besides you. Items: properties of your scope (reference type property), headline figures if you may see the KPI tiles (kpi), charts of the views you may see (chart), each of your whole portfolio; send the chosen one as the message reference.',
  })
  @ApiOkResponse({ type: SuggestionsDto })
  @ApiErrorResponses(400, 404)
  list(@CurrentAuth() auth: AuthContext, @Query() query: SuggestionsQueryDto): Promise<SuggestionsDto> {
    return this.suggestions.suggest(auth, query);
  }
}
