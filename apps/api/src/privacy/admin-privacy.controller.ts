import { Body, Controller, Get, HttpCode, HttpStatus, Post, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { UuidParam } from '../common/uuid-param';
import { PersonalDataExport } from './personal-data-export';
import { EraseResidentDto, EraseUserDto, ResidentErasureDto, UserErasureDto } from './privacy.dto';
import { ResidentDataErasure } from './resident-data-erasure';
import { UserErasure } from './user-erasure';

@ApiTags('admin')
@Controller('admin')
export class AdminPrivacyController {
  constructor(
    private readonly exports: PersonalDataExport,
    private readonly users: UserErasure,
    private readonly residents: ResidentDataErasure,
  ) {}

  @Authenticated({ admin: true })
  @Get('users/:id/export')
  @ApiOperation({
    operationId: 'exportUserData',
    summary: 'Everything stored about a member of your organization, as a ZIP of JSON files',
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'A ZIP archive', schema: { type: 'string', format: 'binary' } })
  @ApiErrorResponses(400, 404)
  exportUser(@CurrentAuth() auth: AuthContext, @UuidParam('id') userId: string): Promise<StreamableFile> {
    return this.exports.export(auth, userId);
  }

  @Authenticated({ admin: true })
  @Post('users/:id/erase')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'eraseUser',
    summary: "Erase a person's personal data and end their account",
    description:
      'The account becomes "Former user" with a placeholder email, no picture and no password, inactive for good; sessions end. Their messages are kept (shown from "Former user") or deleted. Administrators may erase themselves while another active administrator remains; erasing the last active administrator answers 409 (LAST_ADMIN), an account already erased 409 (ACCOUNT_ERASED).',
  })
  @ApiOkResponse({ type: UserErasureDto })
  @ApiErrorResponses(400, 404, 409)
  eraseUser(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') userId: string,
    @Body() body: EraseUserDto,
  ): Promise<UserErasureDto> {
    return this.users.erase(auth, userId, body);
  }

  @Authenticated({ admin: true })
  @Post('residents/erase')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'eraseResident',
    summary: "Erase the personal data of a unit's resident",
    description:
      "The unit's resident name, email and phone, and the resident's name on the unit's evictions and former-resident records.",
  })
  @ApiOkResponse({ type: ResidentErasureDto })
  @ApiErrorResponses(400, 404)
  eraseResident(@CurrentAuth() auth: AuthContext, @Body() body: EraseResidentDto): Promise<ResidentErasureDto> {
    return this.residents.erase(auth, body);
  }
}
