import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { PeopleDto, PeopleQueryDto } from './people.dto';
import { PeopleDirectory } from './people-directory';

@ApiTags('chat')
@Controller('chat/people')
export class PeopleController {
  constructor(private readonly directory: PeopleDirectory) {}

  @Authenticated()
  @Get()
  @ApiOperation({
    operationId: 'listChatPeople',
    summary: 'The colleagues you can start a conversation with, by name, and whether each is online',
    description:
      'The active people of your organization but you. q finds them by part of their name or email; only names are answered.',
  })
  @ApiOkResponse({ type: PeopleDto })
  @ApiErrorResponses(400)
  list(@CurrentAuth() auth: AuthContext, @Query() query: PeopleQueryDto): Promise<PeopleDto> {
    return this.directory.search(auth, query);
  }
}
