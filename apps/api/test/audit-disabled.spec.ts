import request from 'supertest';
import { colleague, sendMessage, startConversation } from './support/chat';
import { bearer, SignedIn, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

/** AUDIT_ENABLED=false, for measuring what auditing costs: the app works and records nothing. */
describe('the app without the audit trail', () => {
  let testApp: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    testApp = await startTestApp({ config: { auditEnabled: false } });
    admin = await signIn(testApp, PHH_ADMIN);
  });

  afterAll(() => testApp.close());

  it('signs in, sends and changes rights without writing an entry, and has no audit routes', async () => {
    const ada = await colleague(testApp, 'ada');
    const group = await startConversation(testApp, admin, {
      type: 'group',
      name: 'Unaudited',
      memberIds: [ada.userId],
    });
    await sendMessage(testApp, ada, group.id, 'Not audited').expect(201);
    await request(testApp.server)
      .put(`/api/admin/users/${ada.userId}/permissions`)
      .set(bearer(admin))
      .send({ views: { 'leasing.marketing': false } })
      .expect(200);

    const [{ entries }] = await testApp.dataSource.query<{ entries: number }[]>(
      `SELECT count(*)::int AS entries FROM audit_log`,
    );
    expect(entries).toBe(0);
    await request(testApp.server).get('/api/admin/audit').set(bearer(admin)).expect(404);
  });
});
