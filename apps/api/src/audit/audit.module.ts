import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuthModule } from '../auth/auth.module';
import { AuditController } from './audit.controller';
import { AuditAdminService } from './audit-admin.service';
import { AuditChainer } from './audit-chainer';
import { AuditEventRecorder } from './audit-event-recorder';
import { AuditLog } from './audit-log';
import { AuditQuery } from './audit-query';
import { AuditRequestRecorder } from './audit-request-recorder';
import { AuditRetention } from './audit-retention';
import { AuditVerifier } from './audit-verifier';
import { AuditViewFolding } from './audit-view-folding';
import { AuditViewRecorder } from './audit-view-recorder';

/** The audit trail: recording, the hash chain, and the administrators' reading of it; owns `audit_log`, `detailed_audit_log` and `audit_chain_anchors`. */
@Module({
  imports: [AuthModule],
  controllers: [AuditController],
  providers: [
    { provide: APP_INTERCEPTOR, useClass: AuditViewRecorder },
    AuditAdminService,
    AuditChainer,
    AuditEventRecorder,
    AuditLog,
    AuditQuery,
    AuditRequestRecorder,
    AuditRetention,
    AuditVerifier,
    AuditViewFolding,
  ],
  exports: [AuditQuery, AuditRequestRecorder],
})
export class AuditModule {}
