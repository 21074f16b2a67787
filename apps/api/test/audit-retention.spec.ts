import request from 'supertest';
import { AuditRetention } from '../src/audit/audit-retention';
import { auditChained, storedEntries } from './support/audit';
import { bearer, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { MovableClock } from './support/test-clock';

const DAY_MS = 86_400_000;

describe('audit retention', () => {
  const clock = new MovableClock();
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ clock, config: { auditRetentionDays: 30 } });
  });

  afterAll(() => testApp.close());

  it('purges entries past retention, anchors the chain where it starts, and the rest still verifies', async () => {
    await signIn(testApp, PHH_ADMIN);
    await signIn(testApp, PHH_ADMIN);
    await auditChained(testApp);
    const old = await storedEntries(testApp);
    expect(old.length).toBeGreaterThanOrEqual(2);

    clock.advance(31 * DAY_MS);
    const admin = await signIn(testApp, PHH_ADMIN);
    await auditChained(testApp);
    expect(await testApp.app.get(AuditRetention).purge()).toBe(old.length);

    const kept = await storedEntries(testApp);
    expect(kept.map(({ id }) => id)).not.toEqual(expect.arrayContaining([old[0]?.id]));
    expect(kept.filter(({ action }) => action === 'auth.signed-in')).toHaveLength(1);
    const [anchor] = (await testApp.dataSource.query(
      `SELECT a.chain_seq::int AS seq, a.hash FROM audit_chain_anchors a
         JOIN users u ON u.organization_id = a.organization_id WHERE u.id = $1`,
      [admin.userId],
    )) as { seq: number; hash: string }[];
    const phhOld = old.filter(({ organizationId }) => organizationId === kept[0]?.organizationId);
    expect(anchor).toEqual({ seq: phhOld.length, hash: phhOld.at(-1)?.hash });

    const { body } = await request(testApp.server).get('/api/admin/audit/verify').set(bearer(admin)).expect(200);
    expect(body).toMatchObject({ verified: true, firstBroken: null, upTo: { chainSeq: phhOld.length + 1 } });

    // Later entries link on from the newest kept one; a second purge finds nothing to do.
    await auditChained(testApp);
    expect(await testApp.app.get(AuditRetention).purge()).toBe(0);
    const again = await request(testApp.server).get('/api/admin/audit/verify').set(bearer(admin)).expect(200);
    expect(again.body).toMatchObject({ verified: true, upTo: { chainSeq: phhOld.length + 2 } });
  });

  it('refuses to delete entries above the anchor, or to move the anchor back', async () => {
    const [entry] = await storedEntries(testApp, 'e.hash IS NOT NULL');
    await expect(testApp.dataSource.query(`DELETE FROM audit_log WHERE id = $1`, [entry?.id])).rejects.toThrow(
      /cannot be deleted/,
    );
    await expect(testApp.dataSource.query(`UPDATE audit_chain_anchors SET chain_seq = 0`)).rejects.toThrow(
      /only moves forward/,
    );
    await expect(testApp.dataSource.query(`DELETE FROM audit_chain_anchors`)).rejects.toThrow(/cannot be deleted/);
  });
});
