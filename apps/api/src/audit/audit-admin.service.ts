import { Injectable, StreamableFile } from '@nestjs/common';
import { AuthContext } from '../auth/auth-context';
import {
  AuditExportQueryDto,
  AuditFilterQueryDto,
  AuditListDto,
  AuditListQueryDto,
  AuditVerificationDto,
} from './audit.dto';
import { exportStream } from './audit-export';
import { AuditLog } from './audit-log';
import { AuditQuery } from './audit-query';
import { AuditVerifier } from './audit-verifier';

const EXPORT_TYPES = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8' } as const;

/** What an administrator does with the trail — read it, export it, verify it — each recorded in it too. */
@Injectable()
export class AuditAdminService {
  constructor(
    private readonly query: AuditQuery,
    private readonly verifier: AuditVerifier,
    private readonly log: AuditLog,
  ) {}

  async list(admin: AuthContext, query: AuditListQueryDto): Promise<AuditListDto> {
    const page = await this.query.list(admin, query);
    this.log.record({
      organizationId: admin.organizationId,
      action: 'audit.read',
      actorId: admin.userId,
      details: filtersOf(query),
    });
    return page;
  }

  export(admin: AuthContext, query: AuditExportQueryDto): StreamableFile {
    this.log.record({
      organizationId: admin.organizationId,
      action: 'audit.exported',
      actorId: admin.userId,
      details: { format: query.format, ...filtersOf(query) },
    });
    return new StreamableFile(exportStream(this.query.entries(admin, query), query.format), {
      type: EXPORT_TYPES[query.format],
      disposition: `attachment; filename="audit-log.${query.format}"`,
    });
  }

  async verify(admin: AuthContext): Promise<AuditVerificationDto> {
    const result = await this.verifier.verify(admin.organizationId);
    this.log.record({
      organizationId: admin.organizationId,
      action: 'audit.verified',
      actorId: admin.userId,
      outcome: result.verified ? 'success' : 'failed',
      details: { verified: result.verified, upTo: result.upTo?.chainSeq ?? null },
    });
    return result;
  }
}

/** Target ids are uuids and view ids: text that looks like neither (an email typed in) is not kept, as it may name someone. */
const TARGET_ID = /^[\w.:-]+$/;

function filtersOf(query: AuditFilterQueryDto): Record<string, unknown> {
  const { actor, action, targetType, targetId, outcome, from, to } = query;
  const kept = targetId !== undefined && TARGET_ID.test(targetId) ? targetId : undefined;
  return { actor, action, targetType, targetId: kept, outcome, from, to };
}
