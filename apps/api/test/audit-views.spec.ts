import request from 'supertest';
import { AUDIT_FOLD_WINDOW_MS } from '../src/audit/audit-fold-window';
import { auditChained, storedEntries } from './support/audit';
import { inParallel } from './support/parallel';
import { bearer, SignedIn, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { MovableClock } from './support/test-clock';

describe('dashboard views in the audit trail', () => {
  const clock = new MovableClock();
  let testApp: TestApp;
  let admin: SignedIn;
  let propertyIds: string[];

  const http = () => request(testApp.server);
  const kpiTiles = (query: Record<string, string> = {}) =>
    http().get('/api/portfolio/overview/kpi-tiles').query(query).set(bearer(admin)).expect(200);
  const viewEntries = (action = 'dashboard.viewed') =>
    storedEntries(testApp, `e.action = $1 AND e.actor_id = $2`, [action, admin.userId]);

  beforeAll(async () => {
    testApp = await startTestApp({ clock });
    admin = await signIn(testApp, PHH_ADMIN);
    propertyIds = ((await http().get('/api/properties').set(bearer(admin)).expect(200)).body.items as { id: string }[])
      .map(({ id }) => id)
      .sort();
  });

  afterAll(() => testApp.close());

  it('records a view with its properties, folding repeats of one property set within 15 minutes', async () => {
    const [first, second] = propertyIds as [string, string];
    await kpiTiles({ propertyIds: `${second},${first}` });
    clock.advance(5 * 60_000);
    await kpiTiles({ propertyIds: `${first},${second}` });
    await kpiTiles({ propertyIds: `${first}` });
    clock.advance(5 * 60_000);
    await kpiTiles({ propertyIds: `${second},${first}` });

    expect(await viewEntries()).toEqual([
      expect.objectContaining({
        targetType: 'view',
        targetId: 'overview.kpi_tiles',
        details: { propertyIds: [first, second] },
        occurrences: 3,
        hash: null,
      }),
      expect.objectContaining({ details: { propertyIds: [first] }, occurrences: 1, hash: null }),
    ]);
  });

  it('keeps an open window unchained, starts a new entry once it has closed, then chains the closed one', async () => {
    await auditChained(testApp);
    expect((await viewEntries()).map(({ hash }) => hash)).toEqual([null, null]);

    clock.advance(AUDIT_FOLD_WINDOW_MS);
    await kpiTiles({ propertyIds: `${propertyIds[0]},${propertyIds[1]}` });
    await auditChained(testApp);
    const entries = await viewEntries();
    expect(entries).toHaveLength(3);
    expect(entries[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(entries[2]).toMatchObject({ details: { propertyIds: propertyIds.slice(0, 2) }, occurrences: 1, hash: null });
    const { body } = await http().get('/api/admin/audit/verify').set(bearer(admin)).expect(200);
    expect(body).toMatchObject({ verified: true, firstBroken: null });
  });

  it('folds repeats that arrive at once into one entry', async () => {
    const propertyId = propertyIds[1] as string;
    const statuses = await inParallel(6, () => kpiTiles({ propertyIds: propertyId }));
    expect(statuses.every(({ status }) => status === 200)).toBe(true);
    const folded = (await viewEntries()).filter(
      ({ details }) => JSON.stringify(details.propertyIds) === JSON.stringify([propertyId]),
    );
    expect(folded.map(({ occurrences }) => occurrences)).toEqual([6]);
  });

  it('records the period asked for', async () => {
    await http()
      .get('/api/portfolio/overview/occ-trend')
      .query({ from: '2026-11-01', to: '2026-11-30' })
      .set(bearer(admin))
      .expect(200);
    const [entry] = (await viewEntries()).filter(({ targetId }) => targetId === 'overview.occ_trend');
    expect(entry?.details).toEqual({ propertyIds: [], from: '2026-11-01', to: '2026-11-30' });
  });

  it("records every read of residents' personal data, unfolded", async () => {
    await http().get('/api/portfolio/delinquency/ar-table').set(bearer(admin)).expect(200);
    await http().get('/api/portfolio/delinquency/ar-table').set(bearer(admin)).expect(200);
    await http().get('/api/portfolio/delinquency/former-residents').set(bearer(admin)).expect(200);
    const reads = await viewEntries('portfolio.resident-data-read');
    // The clock stands still here: entries of one moment come in no particular order.
    const seen = reads.map(({ targetId, occurrences }) => ({ targetId, occurrences }));
    expect(seen.sort((a, b) => String(a.targetId).localeCompare(String(b.targetId)))).toEqual([
      { targetId: 'delinquency.ar_table', occurrences: 1 },
      { targetId: 'delinquency.ar_table', occurrences: 1 },
      { targetId: 'delinquency.former_residents', occurrences: 1 },
    ]);
  });

  it('records no view a caller was refused', async () => {
    const before = (await viewEntries()).length;
    await http()
      .get('/api/portfolio/overview/kpi-tiles')
      .query({ propertyIds: 'not-a-uuid' })
      .set(bearer(admin))
      .expect(400);
    expect(await viewEntries()).toHaveLength(before);
  });
});
