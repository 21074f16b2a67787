import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditChainLinkDto, AuditVerificationDto, BrokenAuditLinkDto } from './audit.dto';
import { ENTRY_COLUMNS } from './audit-chainer';
import { chainedContent, EntryColumns, entryHash } from './audit-hash';

const VERIFY_BATCH = 1000;

type StoredRow = EntryColumns & {
  readonly chainSeq: string;
  readonly prevHash: string | null;
  readonly hash: string;
};

/**
 * Recomputes an organization's chain from its start (or from the purge's anchor): every
 * number present in order, every entry's `prev_hash` the hash before it, and every hash that
 * of the entry's content as stored now. The first entry failing any of these is reported.
 */
@Injectable()
export class AuditVerifier {
  constructor(private readonly dataSource: DataSource) {}

  async verify(organizationId: string): Promise<AuditVerificationDto> {
    const [anchor] = (await this.dataSource.query(
      `SELECT chain_seq::text AS "chainSeq", hash FROM audit_chain_anchors WHERE organization_id = $1`,
      [organizationId],
    )) as { chainSeq: string; hash: string }[];
    let expectedSeq = anchor ? Number(anchor.chainSeq) + 1 : 1;
    let prevHash: string | null = anchor?.hash ?? null;
    let upTo: AuditChainLinkDto | null = null;
    for (;;) {
      const rows = (await this.dataSource.query(
        `SELECT ${ENTRY_COLUMNS}, e.chain_seq::text AS "chainSeq", e.prev_hash AS "prevHash", e.hash
           FROM audit_log e WHERE e.organization_id = $1 AND e.chain_seq >= $2 ORDER BY e.chain_seq LIMIT $3`,
        [organizationId, expectedSeq, VERIFY_BATCH],
      )) as StoredRow[];
      for (const row of rows) {
        const broken = brokenLink(row, expectedSeq, prevHash);
        if (broken) {
          return { verified: false, upTo, firstBroken: broken, unchained: await this.unchained(organizationId) };
        }
        upTo = { entryId: row.id, chainSeq: expectedSeq, occurredAt: row.occurredAt.toISOString() };
        expectedSeq += 1;
        prevHash = row.hash;
      }
      if (rows.length < VERIFY_BATCH) {
        return { verified: true, upTo, firstBroken: null, unchained: await this.unchained(organizationId) };
      }
    }
  }

  private async unchained(organizationId: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE organization_id = $1 AND hash IS NULL`,
      [organizationId],
    )) as { count: number }[];
    return row?.count ?? 0;
  }
}

function brokenLink(row: StoredRow, expectedSeq: number, prevHash: string | null): BrokenAuditLinkDto | null {
  const chainSeq = Number(row.chainSeq);
  const at = { entryId: row.id, chainSeq };
  if (chainSeq !== expectedSeq) {
    const missing =
      chainSeq - expectedSeq === 1 ? `entry ${expectedSeq} is` : `entries ${expectedSeq} to ${chainSeq - 1} are`;
    return { ...at, problem: `${missing} missing` };
  }
  if (row.prevHash !== prevHash) {
    return { ...at, problem: 'its link to the previous entry does not match that entry' };
  }
  if (entryHash(chainedContent(row, chainSeq, prevHash)) !== row.hash) {
    return { ...at, problem: 'its content is not what was chained' };
  }
  return null;
}
