import { CHAT_SOCKET_PATH } from '@ownerdash/contracts';
import request from 'supertest';
import { storedEntries } from './support/audit';
import { colleague } from './support/chat';
import { connect } from './support/chat-sockets';
import { bearer, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

describe('the chat handshake in the audit trail', () => {
  let testApp: TestApp;

  const denied = (userId: string) => storedEntries(testApp, `e.action = 'access.denied' AND e.actor_id = $1`, [userId]);

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('records a refusal of a token the server signed as a denied access, with the socket’s client', async () => {
    const leaving = await colleague(testApp, 'handshake-leaving');
    await request(testApp.server).post('/api/auth/logout').set('Cookie', leaving.cookie).expect(204);

    await expect(connect(testApp.url, leaving)).rejects.toThrow('session-ended');

    expect(await denied(leaving.userId)).toEqual([
      expect.objectContaining({
        actorId: leaving.userId,
        outcome: 'denied',
        targetType: null,
        details: { method: 'GET', route: CHAT_SOCKET_PATH, status: 401, reason: 'session-ended' },
        ip: '127.0.0.1',
      }),
    ]);
  });

  it('records a deactivated account’s handshake too', async () => {
    const admin = await signIn(testApp, PHH_ADMIN);
    const gone = await colleague(testApp, 'handshake-deactivated');
    await request(testApp.server).delete(`/api/admin/users/${gone.userId}`).set(bearer(admin)).expect(204);

    await expect(connect(testApp.url, gone)).rejects.toThrow();

    expect((await denied(gone.userId)).map((entry) => entry.details['route'])).toContain(CHAT_SOCKET_PATH);
  });

  it('records nothing for no token, a malformed one or a forged one, which name no one (as for HTTP)', async () => {
    const before = await storedEntries(testApp, `e.action = 'access.denied'`);
    const someone = await colleague(testApp, 'handshake-forged');
    const [header, payload] = someone.accessToken.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;

    await expect(connect(testApp.url, undefined)).rejects.toThrow('invalid-token');
    await expect(connect(testApp.url, 'not.a.token')).rejects.toThrow('invalid-token');
    await expect(connect(testApp.url, forged)).rejects.toThrow('invalid-token');

    expect(await storedEntries(testApp, `e.action = 'access.denied'`)).toHaveLength(before.length);
  });
});
