import { ChatClientEvents, ChatServerEvents } from '@ownerdash/contracts';
import request from 'supertest';
// The guide's example is documentation, in no project: the test runs it as an integrator would.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ChatClient, ClientEvents, ServerEvents, Session } from '../../../docs/realtime/example-client';
import { colleague, COLLEAGUE_PASSWORD, sendMessage, startConversation } from './support/chat';
import { bearer, SignedIn, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

/** True when each type is assignable to the other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// The guide's example declares its own copy of the event maps: it must be the contracts' one.
const sameClientEvents: Same<ClientEvents, ChatClientEvents> = true;
const sameServerEvents: Same<ServerEvents, ChatServerEvents> = true;

async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the real-time guide’s example client (docs/realtime/example-client.ts)', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let grace: SignedIn;
  let client: ChatClient | undefined;

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signIn(testApp, PHH_ADMIN);
    grace = await colleague(testApp, 'grace');
  });

  afterEach(() => client?.close());

  afterAll(() => testApp.close());

  it('declares the event maps of the contracts', () => {
    expect([sameClientEvents, sameServerEvents]).toEqual([true, true]);
  });

  it('signs in, catches up, sends idempotently and catches up again after a reconnect', async () => {
    const ada = await colleague(testApp, 'ada');
    const session = await Session.signIn(testApp.url, 'ada@phh.example', COLLEAGUE_PASSWORD);
    const direct = await startConversation(testApp, grace, { type: 'direct', memberIds: [ada.userId] });
    await sendMessage(testApp, grace, direct.id, 'before ada connected').expect(201);
    client = new ChatClient(testApp.url, session);
    const contents = () => client?.history(direct.id).map((message) => message.content) ?? [];

    await client.connect();
    await client.track(direct.id);
    expect(contents()).toEqual(['before ada connected']);

    const first = await client.send(direct.id, 'from ada', { clientMessageId: 'example-retry-1' });
    const retry = await client.send(direct.id, 'from ada', { clientMessageId: 'example-retry-1' });
    expect([first.duplicate, retry.duplicate, retry.message.id]).toEqual([false, true, first.message.id]);

    client.socket.disconnect();
    await sendMessage(testApp, grace, direct.id, 'while ada was away').expect(201);
    await sendMessage(testApp, grace, direct.id, 'still away').expect(201);
    client.socket.connect();
    await eventually(() => contents().length === 4, 'the sync after the reconnect');

    expect(client.history(direct.id).map((message) => [message.seq, message.content])).toEqual([
      [1, 'before ada connected'],
      [2, 'from ada'],
      [3, 'while ada was away'],
      [4, 'still away'],
    ]);
    expect(await client.markRead(direct.id, 4)).toBe(4);
  });

  it('stops and says so when its account is deactivated', async () => {
    const leaving = await colleague(testApp, 'leaving');
    const session = await Session.signIn(testApp.url, 'leaving@phh.example', COLLEAGUE_PASSWORD);
    let over = false;
    client = new ChatClient(testApp.url, session, { sessionOver: () => (over = true) });
    await client.connect();

    await request(testApp.server)
      .patch(`/api/admin/users/${leaving.userId}`)
      .set(bearer(admin))
      .send({ isActive: false })
      .expect(200);

    await eventually(() => over, 'the client to stop');
    expect(client.socket.connected).toBe(false);
  });
});
