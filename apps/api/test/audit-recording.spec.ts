import request from 'supertest';
import { AccountLinkIssued } from '../src/auth/auth.events';
import { DomainEvents } from '../src/events/domain-events';
import { auditWritten, storedEntries, StoredEntry } from './support/audit';
import { colleague, COLLEAGUE_PASSWORD, sendMessage, startConversation } from './support/chat';
import { bearer, refreshCookieOf, SignedIn, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

describe('the audit trail records', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let organizationId: string;
  const links = new Map<string, string>();

  const http = () => request(testApp.server);

  /** The entries of `action` about `targetId` (or by `actorId`), oldest first. */
  async function entriesOf(
    action: string,
    about: { targetId?: string; actorId?: string } = {},
  ): Promise<StoredEntry[]> {
    const entries = await storedEntries(testApp, 'e.action = $1', [action]);
    return entries.filter(
      (entry) =>
        (about.targetId === undefined || entry.targetId === about.targetId) &&
        (about.actorId === undefined || entry.actorId === about.actorId),
    );
  }

  async function onlyEntry(action: string, about: { targetId?: string; actorId?: string } = {}): Promise<StoredEntry> {
    const entries = await entriesOf(action, about);
    expect({ action, count: entries.length }).toEqual({ action, count: 1 });
    return entries[0] as StoredEntry;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    testApp.app.get(DomainEvents).on(AccountLinkIssued, 'test', (event) => {
      links.set(event.userId, event.token);
    });
    admin = await signIn(testApp, PHH_ADMIN);
    const [row] = (await testApp.dataSource.query(`SELECT organization_id AS id FROM users WHERE id = $1`, [
      admin.userId,
    ])) as { id: string }[];
    organizationId = (row as { id: string }).id;
  });

  afterAll(() => testApp.close());

  describe('signing in and out', () => {
    it('a sign-in, with who, from where and which request', async () => {
      const response = await http()
        .post('/api/auth/login')
        .set('User-Agent', 'audit-test-agent')
        .send({ email: PHH_ADMIN, password: 'demo-password-for-tests' })
        .expect(200);
      const entries = await entriesOf('auth.signed-in', { actorId: admin.userId });
      expect(entries.at(-1)).toMatchObject({
        organizationId,
        actorId: admin.userId,
        targetType: 'user',
        targetId: admin.userId,
        outcome: 'success',
        ip: expect.stringContaining('127.0.0.1'),
        userAgent: 'audit-test-agent',
        requestId: response.headers['x-request-id'],
        details: {},
      });
    });

    it('a refused sign-in to an account, and none for an unknown email', async () => {
      const user = await createUser(testApp, { email: 'wrong@phh.example', password: COLLEAGUE_PASSWORD });
      await http().post('/api/auth/login').send({ email: 'wrong@phh.example', password: 'not it at all' }).expect(401);
      await http().post('/api/auth/login').send({ email: 'nobody@phh.example', password: 'not it at all' }).expect(401);
      expect(await onlyEntry('auth.sign-in-failed', { targetId: user.id })).toMatchObject({
        organizationId,
        actorId: user.id,
        outcome: 'denied',
        details: { reason: 'invalid-credentials' },
      });
      expect(await entriesOf('auth.sign-in-failed')).toHaveLength(1);
    });

    it('a lockout after too many failures', async () => {
      const user = await createUser(testApp, { email: 'locked@phh.example', password: COLLEAGUE_PASSWORD });
      let status = 401;
      while (status === 401) {
        status = (await http().post('/api/auth/login').send({ email: 'locked@phh.example', password: 'wrong guess' }))
          .status;
      }
      expect(status).toBe(429);
      expect(await onlyEntry('auth.locked-out', { targetId: user.id })).toMatchObject({
        outcome: 'denied',
        details: { retryAfterSeconds: expect.any(Number) },
      });
    });

    it('a sign-out, and a refresh token used twice', async () => {
      const ada = await colleague(testApp, 'ada-signs-out');
      await http().post('/api/auth/logout').set('Cookie', ada.cookie).expect(204);
      expect(await onlyEntry('auth.signed-out', { actorId: ada.userId })).toMatchObject({
        targetType: 'session',
        outcome: 'success',
      });

      const bob = await colleague(testApp, 'bob-reuses');
      const refreshed = await http().post('/api/auth/refresh').set('Cookie', bob.cookie).expect(200);
      expect(refreshCookieOf(refreshed)).not.toBe(bob.cookie);
      await auditWritten(testApp);
      // The grace period answers a repeat at once with the same successor; after the successor is used, a repeat is reuse.
      await http().post('/api/auth/refresh').set('Cookie', refreshCookieOf(refreshed)).expect(200);
      await http().post('/api/auth/refresh').set('Cookie', bob.cookie).expect(401);
      expect(await onlyEntry('auth.refresh-token-reuse', { actorId: bob.userId })).toMatchObject({
        outcome: 'denied',
      });
    });
  });

  describe('passwords and invitations', () => {
    it('a password change', async () => {
      const carol = await colleague(testApp, 'carol-changes');
      await http()
        .post('/api/auth/change-password')
        .set(bearer(carol))
        .send({ currentPassword: COLLEAGUE_PASSWORD, newPassword: 'a brand new passphrase 2026' })
        .expect(204);
      expect(await onlyEntry('auth.password-changed', { targetId: carol.userId })).toMatchObject({
        actorId: carol.userId,
        outcome: 'success',
      });
    });

    it('a reset requested and completed', async () => {
      const user = await createUser(testApp, { email: 'forgetful@phh.example', password: COLLEAGUE_PASSWORD });
      await http().post('/api/auth/forgot-password').send({ email: 'forgetful@phh.example' }).expect(202);
      await auditWritten(testApp);
      expect(await onlyEntry('auth.password-reset-requested', { targetId: user.id })).toMatchObject({
        actorId: user.id,
      });
      expect(await onlyEntry('auth.account-link-issued', { targetId: user.id })).toMatchObject({
        details: { purpose: 'reset', expiresAt: expect.any(String) },
      });
      await http()
        .post('/api/auth/reset-password')
        .send({ token: links.get(user.id), newPassword: 'remembered at last 2026' })
        .expect(204);
      expect(await onlyEntry('auth.password-reset-completed', { targetId: user.id })).toMatchObject({
        actorId: user.id,
      });
    });

    it('an invitation sent and accepted', async () => {
      const created = await http()
        .post('/api/admin/users')
        .set(bearer(admin))
        .send({ email: 'newcomer@phh.example', displayName: 'New Comer', role: 'user', delivery: 'email' })
        .expect(201);
      const userId = created.body.user.id as string;
      expect(await onlyEntry('users.invited', { targetId: userId })).toMatchObject({
        actorId: admin.userId,
        details: { role: 'user' },
      });
      await auditWritten(testApp);
      await http()
        .post('/api/auth/accept-invite')
        .send({ token: links.get(userId), newPassword: 'glad to be here 2026' })
        .expect(200);
      expect(await onlyEntry('users.invitation-accepted', { targetId: userId })).toMatchObject({ actorId: userId });
      expect(await onlyEntry('auth.signed-in', { targetId: userId })).toMatchObject({ actorId: userId });
    });
  });

  describe('administering people', () => {
    let dave: SignedIn;

    beforeAll(async () => {
      dave = await colleague(testApp, 'dave-administered');
    });

    it('a role change, with before and after', async () => {
      await http().patch(`/api/admin/users/${dave.userId}`).set(bearer(admin)).send({ role: 'admin' }).expect(200);
      expect(await onlyEntry('users.role-changed', { targetId: dave.userId })).toMatchObject({
        actorId: admin.userId,
        changes: [{ field: 'role', before: 'user', after: 'admin' }],
      });
      await http().patch(`/api/admin/users/${dave.userId}`).set(bearer(admin)).send({ role: 'user' }).expect(200);
    });

    it('a scope change and a tree change, with before and after', async () => {
      const properties = (await http().get('/api/properties').set(bearer(admin)).expect(200)).body.items as {
        id: string;
      }[];
      const propertyId = (properties[0] as { id: string }).id;
      await http()
        .put(`/api/admin/users/${dave.userId}/access`)
        .set(bearer(admin))
        .send({ propertyIds: [propertyId] })
        .expect(200);
      expect(await onlyEntry('permissions.scope-changed', { targetId: dave.userId })).toMatchObject({
        actorId: admin.userId,
        changes: [{ field: 'propertyIds', before: [], after: [propertyId] }],
      });
      await http()
        .put(`/api/admin/users/${dave.userId}/permissions`)
        .set(bearer(admin))
        .send({ tabs: { financials: false } })
        .expect(200);
      expect(await onlyEntry('permissions.tree-changed', { targetId: dave.userId })).toMatchObject({
        actorId: admin.userId,
        changes: [{ field: 'financials', before: true, after: false }],
      });
    });

    it('a deactivation and a reactivation', async () => {
      await http().patch(`/api/admin/users/${dave.userId}`).set(bearer(admin)).send({ isActive: false }).expect(200);
      await http().patch(`/api/admin/users/${dave.userId}`).set(bearer(admin)).send({ isActive: true }).expect(200);
      expect(await onlyEntry('users.deactivated', { targetId: dave.userId })).toMatchObject({ actorId: admin.userId });
      expect(await onlyEntry('users.reactivated', { targetId: dave.userId })).toMatchObject({ actorId: admin.userId });
    });

    it('signing someone out everywhere', async () => {
      const erin = await colleague(testApp, 'erin-signed-out');
      await http().post(`/api/admin/users/${erin.userId}/sign-out`).set(bearer(admin)).expect(204);
      expect(await onlyEntry('auth.signed-out-everywhere', { targetId: erin.userId })).toMatchObject({
        actorId: admin.userId,
        details: { sessionCount: 1 },
      });
    });

    it('every mutating request, with its route and status', async () => {
      const response = await http()
        .patch(`/api/admin/users/${dave.userId}`)
        .set(bearer(admin))
        .send({ displayName: 'Dave Renamed' })
        .expect(200);
      const entries = await storedEntries(testApp, `e.action = 'api.request' AND e.request_id = $1`, [
        response.headers['x-request-id'],
      ]);
      expect(entries).toEqual([
        expect.objectContaining({
          actorId: admin.userId,
          outcome: 'success',
          details: { method: 'PATCH', route: '/api/admin/users/:id', status: 200 },
        }),
      ]);
      const failed = await http().patch(`/api/admin/users/${dave.userId}`).set(bearer(admin)).send({ role: 'owner' });
      expect(failed.status).toBe(400);
      expect(await storedEntries(testApp, `e.request_id = $1`, [failed.headers['x-request-id']])).toEqual([
        expect.objectContaining({ action: 'api.request', outcome: 'failed' }),
      ]);
    });
  });

  describe('refusals', () => {
    it('every 403, reads included', async () => {
      const frank = await colleague(testApp, 'frank-refused');
      const response = await http().get('/api/admin/users').set(bearer(frank)).expect(403);
      expect(await storedEntries(testApp, 'e.request_id = $1', [response.headers['x-request-id']])).toEqual([
        expect.objectContaining({
          action: 'access.denied',
          actorId: frank.userId,
          organizationId,
          outcome: 'denied',
          details: { method: 'GET', route: '/api/admin/users', status: 403 },
        }),
      ]);
    });

    it('a 401 on a token this server signed, and none on a forged or missing one', async () => {
      const gina = await colleague(testApp, 'gina-deactivated');
      await http().patch(`/api/admin/users/${gina.userId}`).set(bearer(admin)).send({ isActive: false }).expect(200);
      const response = await http().get('/api/auth/me').set(bearer(gina)).expect(401);
      expect(await storedEntries(testApp, 'e.request_id = $1', [response.headers['x-request-id']])).toEqual([
        expect.objectContaining({ action: 'access.denied', actorId: gina.userId, outcome: 'denied' }),
      ]);
      const forged = await http().get('/api/auth/me').set('Authorization', 'Bearer not.a.token').expect(401);
      const missing = await http().get('/api/auth/me').expect(401);
      expect(
        await storedEntries(testApp, 'e.request_id = ANY($1)', [
          [forged.headers['x-request-id'], missing.headers['x-request-id']],
        ]),
      ).toEqual([]);
    });
  });

  describe('the chat', () => {
    it('a conversation created, members added and removed, messages sent, edited and deleted — ids only', async () => {
      const hana = await colleague(testApp, 'hana-chats');
      const ivan = await colleague(testApp, 'ivan-chats');
      const jo = await colleague(testApp, 'jo-chats');
      const group = await startConversation(testApp, hana, {
        type: 'group',
        name: 'Audited group',
        memberIds: [ivan.userId, admin.userId],
      });
      expect(await onlyEntry('chat.conversation-created', { targetId: group.id })).toMatchObject({
        actorId: hana.userId,
        targetType: 'conversation',
        details: { type: 'group', memberIds: expect.arrayContaining([hana.userId, ivan.userId, admin.userId]) },
      });
      expect(await entriesOf('chat.members-added', { targetId: group.id })).toEqual([]);

      await http()
        .post(`/api/chat/conversations/${group.id}/members`)
        .set(bearer(hana))
        .send({ userIds: [jo.userId] })
        .expect(200);
      expect(await onlyEntry('chat.members-added', { targetId: group.id })).toMatchObject({
        actorId: hana.userId,
        details: { memberIds: [jo.userId] },
      });
      await http().delete(`/api/chat/conversations/${group.id}/members/${jo.userId}`).set(bearer(hana)).expect(204);
      expect(await onlyEntry('chat.members-removed', { targetId: group.id })).toMatchObject({
        actorId: hana.userId,
        details: { memberIds: [jo.userId] },
      });

      const sent = await sendMessage(testApp, ivan, group.id, 'Rent roll attached').expect(201);
      const messageId = sent.body.id as string;
      expect(await onlyEntry('chat.message-sent', { targetId: messageId })).toMatchObject({
        actorId: ivan.userId,
        targetType: 'message',
        details: { conversationId: group.id },
      });
      await http()
        .patch(`/api/chat/messages/${messageId}`)
        .set(bearer(ivan))
        .send({ content: 'Rent roll, v2' })
        .expect(200);
      expect(await onlyEntry('chat.message-edited', { targetId: messageId })).toMatchObject({ actorId: ivan.userId });

      const own = await sendMessage(testApp, ivan, group.id, 'Never mind').expect(201);
      await http().delete(`/api/chat/messages/${own.body.id}`).set(bearer(ivan)).expect(200);
      expect(await onlyEntry('chat.message-deleted', { targetId: own.body.id })).toMatchObject({
        actorId: ivan.userId,
      });
      await http().delete(`/api/chat/messages/${messageId}`).set(bearer(admin)).expect(200);
      expect(await onlyEntry('chat.message-deleted-by-admin', { targetId: messageId })).toMatchObject({
        actorId: admin.userId,
        details: { conversationId: group.id, senderId: ivan.userId },
      });
    });
  });

  describe('imports', () => {
    it('an import started and finished, with its dataset and outcome', async () => {
      const response = await http()
        .post('/api/admin/import/properties')
        .set(bearer(admin))
        .set('Content-Type', 'text/csv')
        .send('slug,name,address,city,state,unit_count,year_built\naudited-place,Audited Place,,Austin,TX,10,2001\n')
        .expect(200);
      const jobId = response.body.jobId as string;
      expect(await onlyEntry('portfolio.import-started', { targetId: jobId })).toMatchObject({
        actorId: admin.userId,
        targetType: 'import-job',
        details: { dataset: 'properties' },
      });
      expect(await onlyEntry('portfolio.import-finished', { targetId: jobId })).toMatchObject({
        outcome: 'success',
        details: { dataset: 'properties', status: 'succeeded', rowsWritten: 1 },
      });
    });
  });

  describe('reading the trail', () => {
    it('each read and export of it', async () => {
      await http().get('/api/admin/audit').query({ action: 'auth.signed-in' }).set(bearer(admin)).expect(200);
      await http()
        .get('/api/admin/audit/export')
        .query({ format: 'jsonl', outcome: 'denied' })
        .set(bearer(admin))
        .expect(200);
      expect((await entriesOf('audit.read', { actorId: admin.userId })).at(-1)).toMatchObject({
        details: { action: 'auth.signed-in' },
      });
      expect(await onlyEntry('audit.exported', { actorId: admin.userId })).toMatchObject({
        details: { format: 'jsonl', outcome: 'denied' },
      });
      await http().get('/api/admin/audit/verify').set(bearer(admin)).expect(200);
      expect(await onlyEntry('audit.verified', { actorId: admin.userId })).toMatchObject({
        outcome: 'success',
        details: { verified: true },
      });
    });
  });
});
