import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { PersonalDataExport } from './personal-data-export';

@ApiTags('users')
@Controller('users/me')
export class OwnDataController {
  constructor(private readonly exports: PersonalDataExport) {}

  @Authenticated()
  @Get('export')
  @ApiOperation({
    operationId: 'exportMyData',
    summary: 'Everything stored about you, as a ZIP of JSON files',
    description:
      'Profile, role, permission tree and scope, sessions, conversations with the messages you wrote, reactions, notifications and your audit entries. Other people appear by id and display name only.',
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'A ZIP archive', schema: { type: 'string', format: 'binary' } })
  export(@CurrentAuth() auth: AuthContext): Promise<StreamableFile> {
    return this.exports.export(auth, auth.userId);
  }
}
