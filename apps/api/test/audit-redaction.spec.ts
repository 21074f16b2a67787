import request from 'supertest';
import { AccountLinkIssued } from '../src/auth/auth.events';
import { DomainEvents } from '../src/events/domain-events';
import { auditChained } from './support/audit';
import { colleague, COLLEAGUE_PASSWORD, sendMessage, startConversation } from './support/chat';
import { bearer, refreshCookieOf, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

const PASSWORD = 'Redaction-Secret-Passw0rd-7781';
const SECOND_PASSWORD = 'Another-Redaction-Secret-9902';
const MESSAGE = 'Confidential-Message-Body-5521';
const EDITED_MESSAGE = 'Confidential-Edited-Body-6632';
const RESIDENT_NAME = 'Zelda Quartermaine-Redact';
const RESIDENT_EMAIL = 'zelda.redact@example.com';
const RESIDENT_PHONE = '512-555-0199';

describe('the audit trail keeps no secret and no personal data', () => {
  let testApp: TestApp;
  const tokens: string[] = [];

  const http = () => request(testApp.server);

  /** Both audit tables, every column of every row, as text. */
  async function auditText(): Promise<string> {
    await auditChained(testApp);
    const [row] = (await testApp.dataSource.query(
      `SELECT coalesce((SELECT string_agg(e::text, ' ') FROM audit_log e), '') || ' ' ||
              coalesce((SELECT string_agg(d::text, ' ') FROM detailed_audit_log d), '') AS text`,
    )) as { text: string }[];
    return row?.text ?? '';
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    testApp.app.get(DomainEvents).on(AccountLinkIssued, 'test', (event) => {
      tokens.push(event.token);
    });
  });

  afterAll(() => testApp.close());

  it('passes passwords, tokens, message content and residents through the audited routes, and finds none in the tables', async () => {
    const admin = await signIn(testApp, PHH_ADMIN);
    tokens.push(admin.accessToken, admin.cookie.split('=')[1] ?? '');

    // Passwords: a wrong one, a change, an invitation accepted, a reset completed.
    await http().post('/api/auth/login').send({ email: PHH_ADMIN, password: PASSWORD }).expect(401);
    const kim = await colleague(testApp, 'kim-redacts');
    await http()
      .post('/api/auth/change-password')
      .set(bearer(kim))
      .send({ currentPassword: COLLEAGUE_PASSWORD, newPassword: PASSWORD })
      .expect(204);
    const invited = await http()
      .post('/api/admin/users')
      .set(bearer(admin))
      .send({ email: 'lee-redacts@phh.example', displayName: 'Lee', role: 'user', delivery: 'email' })
      .expect(201);
    await auditChained(testApp);
    const accepted = await http()
      .post('/api/auth/accept-invite')
      .send({ token: tokens.at(-1), newPassword: SECOND_PASSWORD })
      .expect(200);
    tokens.push(accepted.body.accessToken, refreshCookieOf(accepted).split('=')[1] ?? '');
    await http().post('/api/auth/forgot-password').send({ email: 'lee-redacts@phh.example' }).expect(202);
    await auditChained(testApp);
    await http()
      .post('/api/auth/reset-password')
      .send({ token: tokens.at(-1), newPassword: `${PASSWORD}-reset` })
      .expect(204);
    const temporary = await http()
      .post(`/api/admin/users/${invited.body.user.id}/reset-password`)
      .set(bearer(admin))
      .send({ delivery: 'temporary-password' })
      .expect(200);
    tokens.push(temporary.body.temporaryPassword);
    // A token used where it is refused: still never stored.
    await http().get('/api/auth/me').set('Authorization', `Bearer ${accepted.body.accessToken}`);

    // Messages: sent, edited, deleted.
    const group = await startConversation(testApp, kim, {
      type: 'group',
      name: 'Redaction',
      memberIds: [admin.userId],
    });
    const sent = await sendMessage(testApp, kim, group.id, MESSAGE).expect(201);
    await http()
      .patch(`/api/chat/messages/${sent.body.id}`)
      .set(bearer(kim))
      .send({ content: EDITED_MESSAGE })
      .expect(200);
    await http().delete(`/api/chat/messages/${sent.body.id}`).set(bearer(admin)).expect(200);

    // Residents: imported through the admin's import.
    const units = [
      'property_slug,unit_number,floorplan,bedrooms,bathrooms,square_feet,market_rent,current_rent,previous_rent,status,lease_start,lease_end,renewal_status,resident_name,resident_email,resident_phone,balance,days_past_due,churn_risk,delinquency_risk',
      `parkside,R-1,A1,1,1,720,1450.00,1425.00,1380.00,occupied,2024-03-01,2025-02-28,pending,${RESIDENT_NAME},${RESIDENT_EMAIL},${RESIDENT_PHONE},120.00,12,0.150,0.020`,
    ].join('\n');
    const imported = await http()
      .post('/api/admin/import/units')
      .set(bearer(admin))
      .set('Content-Type', 'text/csv')
      .send(`${units}\n`);
    expect(imported.status).toBe(200);

    const text = await auditText();
    expect(text).toContain('auth.sign-in-failed');
    expect(text).toContain('chat.message-deleted-by-admin');
    expect(text).toContain('portfolio.import-finished');
    const secrets = [
      PASSWORD,
      SECOND_PASSWORD,
      MESSAGE,
      EDITED_MESSAGE,
      RESIDENT_NAME,
      RESIDENT_EMAIL,
      RESIDENT_PHONE,
      ...tokens.filter((token) => token.length > 0),
    ];
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
    expect(tokens.filter((token) => token.length >= 16)).toHaveLength(tokens.length);
  });
});
