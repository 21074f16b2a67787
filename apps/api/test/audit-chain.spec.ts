import request from 'supertest';
import { DataSource } from 'typeorm';
import { auditChained, storedEntries } from './support/audit';
import { bearer, SignedIn, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

describe('the audit chain', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let organizationId: string;

  const http = () => request(testApp.server);
  const verify = () => http().get('/api/admin/audit/verify').set(bearer(admin)).expect(200);

  /** Runs `sql` as the superuser behind the application's back: its triggers switched off for the session. */
  async function behindTheAppsBack(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<void> {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.query(`SET session_replication_role = replica`);
      await runner.query(sql, parameters);
    } finally {
      await runner.query(`RESET session_replication_role`);
      await runner.release();
    }
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signIn(testApp, PHH_ADMIN);
    await signIn(testApp, PHH_ADMIN);
    const [entry] = await storedEntries(testApp, `e.action = 'auth.signed-in'`);
    organizationId = (entry as { organizationId: string }).organizationId;
  });

  afterAll(() => testApp.close());

  it('links every entry of an organization in order, each hash over the one before', async () => {
    await auditChained(testApp);
    const rows = (await testApp.dataSource.query(
      `SELECT chain_seq::int AS seq, prev_hash AS "prevHash", hash FROM audit_log
        WHERE organization_id = $1 ORDER BY chain_seq`,
      [organizationId],
    )) as { seq: number; prevHash: string | null; hash: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(2);
    rows.forEach((row, index) => {
      expect(row.seq).toBe(index + 1);
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.prevHash).toBe(index === 0 ? null : rows[index - 1]?.hash);
    });

    const { body } = await verify();
    expect(body).toEqual({
      verified: true,
      upTo: { entryId: expect.any(String), chainSeq: rows.length, occurredAt: expect.any(String) },
      firstBroken: null,
      unchained: expect.any(Number),
    });
  });

  it("refuses the application's own connection an edit or a deletion of a chained entry", async () => {
    await auditChained(testApp);
    const [entry] = await storedEntries(testApp, `e.organization_id = $1 AND e.hash IS NOT NULL`, [organizationId]);
    const id = (entry as { id: string }).id;

    await expect(
      testApp.dataSource.query(`UPDATE audit_log SET action = 'auth.signed-out' WHERE id = $1`, [id]),
    ).rejects.toThrow(/chained and cannot change/);
    await expect(
      testApp.dataSource.query(`UPDATE audit_log SET hash = NULL, chain_seq = NULL WHERE id = $1`, [id]),
    ).rejects.toThrow(/chained and cannot change/);
    await expect(testApp.dataSource.query(`DELETE FROM audit_log WHERE id = $1`, [id])).rejects.toThrow(
      /cannot be deleted/,
    );
    await expect(
      testApp.dataSource.query(
        `INSERT INTO detailed_audit_log (entry_id, field, before, after) VALUES ($1, 'x', 'null', 'null')`,
        [id],
      ),
    ).rejects.toThrow(/only to an unchained entry/);
    await expect(testApp.dataSource.query(`TRUNCATE audit_log CASCADE`)).rejects.toThrow(/cannot be truncated/);
  });

  it('lets an unchained entry be linked, never rewritten', async () => {
    await http().post('/api/auth/logout').expect(204);
    const [row] = (await testApp.dataSource.query(
      `INSERT INTO audit_log (organization_id, occurred_at, last_occurred_at, action, outcome)
       VALUES ($1, now(), now(), 'api.request', 'success') RETURNING id`,
      [organizationId],
    )) as { id: string }[];
    await expect(
      testApp.dataSource.query(`UPDATE audit_log SET outcome = 'failed' WHERE id = $1`, [row?.id]),
    ).rejects.toThrow(/only the chain fields/);
    await auditChained(testApp);
    const [linked] = await storedEntries(testApp, 'e.id = $1', [row?.id]);
    expect(linked?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports the first entry changed behind the application’s back', async () => {
    await auditChained(testApp);
    const rows = (await testApp.dataSource.query(
      `SELECT id, chain_seq::int AS seq FROM audit_log WHERE organization_id = $1 ORDER BY chain_seq`,
      [organizationId],
    )) as { id: string; seq: number }[];
    const victim = rows[1] as { id: string; seq: number };
    await behindTheAppsBack(testApp.dataSource, `UPDATE audit_log SET actor_id = NULL WHERE id = $1`, [victim.id]);

    const { body } = await verify();
    expect(body.verified).toBe(false);
    expect(body.firstBroken).toEqual({
      entryId: victim.id,
      chainSeq: victim.seq,
      problem: 'its content is not what was chained',
    });
    expect(body.upTo).toEqual({ entryId: rows[0]?.id, chainSeq: 1, occurredAt: expect.any(String) });
  });

  it('reports an entry removed behind the application’s back', async () => {
    const fresh = await startTestApp();
    try {
      const someone = await signIn(fresh, PHH_ADMIN);
      await signIn(fresh, PHH_ADMIN);
      await signIn(fresh, PHH_ADMIN);
      await auditChained(fresh);
      const rows = (await fresh.dataSource.query(
        `SELECT id, chain_seq::int AS seq FROM audit_log
          WHERE organization_id = (SELECT organization_id FROM users WHERE id = $1) ORDER BY chain_seq`,
        [someone.userId],
      )) as { id: string; seq: number }[];
      await behindTheAppsBack(fresh.dataSource, `DELETE FROM audit_log WHERE id = $1`, [rows[1]?.id]);

      const { body } = await request(fresh.server).get('/api/admin/audit/verify').set(bearer(someone)).expect(200);
      expect(body.firstBroken).toEqual({ entryId: rows[2]?.id, chainSeq: 3, problem: 'entry 2 is missing' });
    } finally {
      await fresh.close();
    }
  });
});
