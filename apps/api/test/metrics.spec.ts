import request from 'supertest';
import { colleague, sendMessage, startConversation } from './support/chat';
import { connect, recorder } from './support/chat-sockets';
import { bearer, signIn } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

const METRICS_TOKEN = 'metrics-token-for-the-test-scraper';

/** The value of a metric's sample without labels. */
function sample(text: string, name: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  return Number(line?.split(' ')[1]);
}

describe('GET /api/metrics', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ config: { metricsToken: METRICS_TOKEN } });
  });

  afterAll(() => testApp.close());

  async function scrape(): Promise<string> {
    const response = await request(testApp.server).get('/api/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`);
    return response.text;
  }

  it('serves the Prometheus text format to a scraper holding METRICS_TOKEN', async () => {
    const response = await request(testApp.server)
      .get('/api/metrics')
      .set('Authorization', `Bearer ${METRICS_TOKEN}`)
      .expect(200);

    expect(response.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(response.text).toContain('# TYPE ownerdash_chat_sockets_connected gauge');
    expect(response.text).toContain('# TYPE ownerdash_chat_messages_stored_total counter');
    expect(response.text).toContain('# TYPE ownerdash_chat_send_to_delivery_seconds histogram');
    expect(response.text).toContain('# TYPE ownerdash_chat_catch_up_messages histogram');
    expect(response.text).toContain('process_cpu_seconds_total');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('counts stored messages, their delivery time and the connected sockets', async () => {
    const ana = await colleague(testApp, 'metrics-ana');
    const ben = await colleague(testApp, 'metrics-ben');
    const conversation = await startConversation(testApp, ana, { type: 'direct', memberIds: [ben.userId] });
    const socket = await connect(testApp.url, ben);
    try {
      const created = recorder(socket, 'hub:message_created');
      await sendMessage(testApp, ana, conversation.id, 'counted').expect(201);
      await created.until(1);

      const text = await scrape();
      expect(sample(text, 'ownerdash_chat_messages_stored_total')).toBe(1);
      expect(sample(text, 'ownerdash_chat_send_to_delivery_seconds_count')).toBe(1);
      expect(sample(text, 'ownerdash_chat_sockets_connected')).toBe(1);
    } finally {
      socket.close();
    }
  });

  it('refuses a request without the token, or with another one, or with a user’s access token', async () => {
    const admin = bearer(await signIn(testApp, 'admin@phh.example'));
    const refused = [undefined, 'Bearer not-the-metrics-token', `Basic ${METRICS_TOKEN}`, admin.Authorization];
    for (const authorization of refused) {
      const call = request(testApp.server).get('/api/metrics');
      const response = await (authorization ? call.set('Authorization', authorization) : call).expect(401);
      expect(response.body).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: 'Send METRICS_TOKEN as a bearer token.',
      });
      expect(response.text).not.toContain('process_cpu');
    }
  });

  it('answers 404 when METRICS_TOKEN is not set', async () => {
    const plain = await startTestApp();
    try {
      const response = await request(plain.server)
        .get('/api/metrics')
        .set('Authorization', 'Bearer anything')
        .expect(404);
      expect(response.body.message).toBe('Metrics are off: set METRICS_TOKEN to serve them.');
    } finally {
      await plain.close();
    }
  });
});
