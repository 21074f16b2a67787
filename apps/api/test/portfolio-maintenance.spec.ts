import { insertWorkOrders, WorkOrderFixture } from './support/maintenance-fixtures';
import { expectParksideUserSeesAdminsParkside, startViewSpec, ViewSpec } from './support/view-spec';

describe('portfolio maintenance views', () => {
  let spec: ViewSpec;
  const get = (path: string, status = 200) => spec.get(spec.admin, `maintenance/${path}`).expect(status);
  // 2026-10-01 is a Thursday: the weeks start on Mondays from 2026-09-28.
  const OCTOBER = 'from=2026-10-01&to=2026-10-31';

  const workOrder = (
    externalId: string,
    category: string,
    priority: WorkOrderFixture['priority'],
    status: WorkOrderFixture['status'],
    openedAt: string,
    closedAt?: string,
  ): WorkOrderFixture => ({ externalId, category, priority, status, openedAt, closedAt });

  beforeAll(async () => {
    spec = await startViewSpec();
    const { dataSource } = spec.testApp;
    await insertWorkOrders(dataSource, spec.parkside, [
      workOrder('W1', 'plumbing', 'emergency', 'completed', '2026-10-01T08:00:00Z', '2026-10-02T08:00:00Z'),
      workOrder('W2', 'plumbing', 'high', 'completed', '2026-10-06T00:00:00Z', '2026-10-09T00:00:00Z'),
      workOrder('W3', 'electrical', 'normal', 'open', '2026-10-20T00:00:00Z'),
      workOrder('W4', 'hvac', 'low', 'completed', '2026-09-20T00:00:00Z', '2026-10-07T00:00:00Z'),
      workOrder('W5', 'hvac', 'emergency', 'in_progress', '2026-10-27T00:00:00Z'),
    ]);
    await insertWorkOrders(dataSource, spec.harborView, [
      workOrder('W6', 'plumbing', 'normal', 'completed', '2026-10-13T00:00:00Z', '2026-10-15T12:00:00Z'),
      workOrder('W7', 'appliance', 'high', 'cancelled', '2026-10-14T00:00:00Z', '2026-10-14T01:00:00Z'),
      workOrder('W8', 'appliance', 'low', 'open', '2026-08-01T00:00:00Z'),
    ]);
  });

  afterAll(() => spec.testApp.close());

  it('summarises the work orders opened in the period', async () => {
    const { body } = await get(`summary?${OCTOBER}`);
    expect(body).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      opened: 6,
      byStatus: [
        { status: 'open', count: 1 },
        { status: 'in_progress', count: 1 },
        { status: 'completed', count: 3 },
        { status: 'cancelled', count: 1 },
      ],
      byPriority: [
        { priority: 'low', count: 0 },
        { priority: 'normal', count: 2 },
        { priority: 'high', count: 2 },
        { priority: 'emergency', count: 2 },
      ],
      byCategory: [
        { category: 'plumbing', count: 3 },
        { category: 'appliance', count: 1 },
        { category: 'electrical', count: 1 },
        { category: 'hvac', count: 1 },
      ],
      // W3 and W5, and W8 opened before the period.
      openNow: 3,
      // W1, W2 and W6 took 1, 3 and 2.5 days.
      averageDaysToClose: 2.2,
      medianDaysToClose: 2.5,
      // Of W1, W2 and W5 (W7 was cancelled) only W1 was completed within 48 hours.
      urgentCompletedWithin48hPct: 33.3,
      weekly: [
        { week: '2026-09-28', opened: 1, closed: 1 },
        { week: '2026-10-05', opened: 1, closed: 2 },
        { week: '2026-10-12', opened: 2, closed: 2 },
        { week: '2026-10-19', opened: 1, closed: 0 },
        { week: '2026-10-26', opened: 1, closed: 0 },
      ],
    });
  });

  it('gives the Parkside user the admin’s Parkside answer', async () => {
    const body = await expectParksideUserSeesAdminsParkside(spec, `maintenance/summary?${OCTOBER}`);
    expect(body).toMatchObject({
      opened: 4,
      byCategory: [
        { category: 'plumbing', count: 2 },
        { category: 'electrical', count: 1 },
        { category: 'hvac', count: 1 },
      ],
      openNow: 2,
      averageDaysToClose: 2,
      medianDaysToClose: 2,
      urgentCompletedWithin48hPct: 33.3,
      weekly: [
        { week: '2026-09-28', opened: 1, closed: 1 },
        { week: '2026-10-05', opened: 1, closed: 2 },
        { week: '2026-10-12', opened: 0, closed: 0 },
        { week: '2026-10-19', opened: 1, closed: 0 },
        { week: '2026-10-26', opened: 1, closed: 0 },
      ],
    });
  });

  it('answers nulls and zeros for a period without work orders', async () => {
    const { body } = await get('summary?from=2030-01-01&to=2030-01-05');
    expect(body).toMatchObject({
      opened: 0,
      byCategory: [],
      openNow: 3,
      averageDaysToClose: null,
      medianDaysToClose: null,
      urgentCompletedWithin48hPct: null,
      weekly: [{ week: '2029-12-31', opened: 0, closed: 0 }],
    });
  });

  it('covers the last 90 days by default', async () => {
    const { body } = await get('summary?to=2026-10-31');
    expect(body).toMatchObject({ from: '2026-08-03', to: '2026-10-31', opened: 7 });
  });

  it.each([
    ['summary?from=2026-11-01&to=2026-10-01', 'from (2026-11-01) must not be after to (2026-10-01)'],
    ['summary?from=2020-01-01&to=2026-01-01', 'longer than the maximum of five years'],
    ['summary?to=2026-10-32', 'to must be a valid calendar date'],
    ['summary?status=open', 'property status should not exist'],
  ])('%s → 400 saying what is wrong', async (path, message) => {
    const { body } = await get(path, 400);
    expect(JSON.stringify(body)).toContain(message);
  });
});
