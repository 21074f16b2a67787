import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthContext } from '../auth/auth-context';
import { Authenticated } from '../auth/authenticated.decorator';
import { CurrentAuth } from '../auth/request-auth';
import { ApiErrorResponses } from '../common/api-error-responses.decorator';
import { AuditExportQueryDto, AuditListDto, AuditListQueryDto, AuditVerificationDto } from './audit.dto';
import { AuditAdminService } from './audit-admin.service';

@ApiTags('admin')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditAdminService) {}

  @Authenticated({ admin: true })
  @Get()
  @ApiOperation({
    operationId: 'listAuditEntries',
    summary: "Your organization's audit trail, newest first, filtered and paged",
  })
  @ApiOkResponse({ type: AuditListDto })
  @ApiErrorResponses(400)
  list(@CurrentAuth() auth: AuthContext, @Query() query: AuditListQueryDto): Promise<AuditListDto> {
    return this.audit.list(auth, query);
  }

  @Authenticated({ admin: true })
  @Get('export')
  @ApiOperation({
    operationId: 'exportAuditEntries',
    summary: 'The audit trail with the same filters, streamed as CSV or JSON Lines',
  })
  @ApiProduces('text/csv', 'application/x-ndjson')
  @ApiOkResponse({ description: 'One entry per line, newest first', schema: { type: 'string' } })
  @ApiErrorResponses(400)
  export(@CurrentAuth() auth: AuthContext, @Query() query: AuditExportQueryDto): StreamableFile {
    return this.audit.export(auth, query);
  }

  @Authenticated({ admin: true })
  @Get('verify')
  @ApiOperation({
    operationId: 'verifyAuditChain',
    summary: 'Recomputes the hash chain and reports how far it holds, or its first broken entry',
  })
  @ApiOkResponse({ type: AuditVerificationDto })
  verify(@CurrentAuth() auth: AuthContext): Promise<AuditVerificationDto> {
    return this.audit.verify(auth);
  }
}
