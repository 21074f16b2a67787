import { ChatNotification, mentionOf } from '@ownerdash/contracts';
import request from 'supertest';
import { colleague, sendMessage, startConversation } from './support/chat';
import { bearer, SignedIn } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

describe('notification preferences', () => {
  let testApp: TestApp;
  let ada: SignedIn;
  let grace: SignedIn;
  let linus: SignedIn;

  const http = () => request(testApp.server);
  const preferences = (who: SignedIn) => http().get('/api/notifications/preferences').set(bearer(who));
  const save = (who: SignedIn, body: object) =>
    http().put('/api/notifications/preferences').set(bearer(who)).send(body);
  const typesOf = async (who: SignedIn, conversationId: string) =>
    ((await http().get('/api/notifications').set(bearer(who)).expect(200)).body.items as ChatNotification[])
      .filter((notification) => notification.conversationId === conversationId)
      .map((notification) => notification.type)
      .reverse();

  beforeAll(async () => {
    testApp = await startTestApp();
    [ada, grace, linus] = await Promise.all(
      ['ada', 'grace', 'linus'].map((name) => colleague(testApp, `pref-${name}`)),
    );
  });

  afterAll(() => testApp.close());

  it('are everything on until saved, then what was saved, for that person only', async () => {
    expect((await preferences(grace).expect(200)).body).toEqual({ chatNotifications: true, toasts: true });

    expect((await save(grace, { chatNotifications: false, toasts: true }).expect(200)).body).toEqual({
      chatNotifications: false,
      toasts: true,
    });
    expect((await save(grace, { chatNotifications: false, toasts: false }).expect(200)).body).toEqual({
      chatNotifications: false,
      toasts: false,
    });

    expect((await preferences(grace).expect(200)).body).toEqual({ chatNotifications: false, toasts: false });
    expect((await preferences(linus).expect(200)).body).toEqual({ chatNotifications: true, toasts: true });
  });

  it('with chat notifications off, write no plain message notification, but still mentions and being added', async () => {
    await save(ada, { chatNotifications: false, toasts: true }).expect(200);
    const group = await startConversation(testApp, linus, {
      type: 'group',
      name: 'Preferences',
      memberIds: [ada.userId, grace.userId],
    });

    await sendMessage(testApp, linus, group.id, 'Plain news').expect(201);
    await sendMessage(
      testApp,
      linus,
      group.id,
      `Over to you, ${mentionOf({ id: ada.userId, displayName: 'Ada' })}`,
    ).expect(201);
    await save(ada, { chatNotifications: true, toasts: true }).expect(200);
    await sendMessage(testApp, linus, group.id, 'Plain news again').expect(201);

    expect(await typesOf(ada, group.id)).toEqual(['added_to_conversation', 'mention', 'message_received']);
    expect(await typesOf(grace, group.id)).toEqual(['added_to_conversation']);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [object, string][] = [
      [{ chatNotifications: 'no', toasts: true }, 'chatNotifications must be true or false'],
      [{ chatNotifications: true }, 'toasts must be true or false'],
      [{ chatNotifications: true, toasts: true, sound: true }, 'property sound should not exist'],
    ];
    for (const [body, message] of cases) {
      const answer = await save(linus, body).expect(400);
      expect(JSON.stringify(answer.body)).toContain(message);
    }
    expect((await preferences(linus).expect(200)).body).toEqual({ chatNotifications: true, toasts: true });
  });
});
