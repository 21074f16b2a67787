import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { CurrentReferences } from './current-references';
import { CurrentReferencesDto, CurrentReferencesRequestDto } from './current-references.dto';

@ApiTags('chat')
@Controller('chat/references')
export class ReferencesController {
  constructor(private readonly current: CurrentReferences) {}

  @Authenticated()
  @Post('current')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'currentReferences',
    summary: 'The items that messages reference, as they stand now',
    description:
      'For each message named that you may read: its reference’s item now, taken through the same views as the snapshot with your rights and over the same properties (a portfolio figure covers what it covered when shared), so a card can show then → now. Restricted where you may not see the item; missing where it no longer exists. Up to 50 messages, one request per page of a thread.',
  })
  @ApiOkResponse({ type: CurrentReferencesDto })
  @ApiErrorResponses(400)
  now(@CurrentAuth() auth: AuthContext, @Body() body: CurrentReferencesRequestDto): Promise<CurrentReferencesDto> {
    return this.current.of(auth, body.messageIds);
  }
}
