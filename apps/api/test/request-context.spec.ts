import request from 'supertest';
import { ContextFixtureController } from './support/context-fixture.controller';
import { bearer, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';

interface LogLine {
  readonly msg?: string;
  readonly level?: number;
  readonly requestId?: string;
  readonly userId?: string;
  readonly req?: { id?: string };
}

/** The request id, the caller and the client address, anywhere in a request's async call tree. */
describe('request context', () => {
  let testApp: TestApp;

  const lines = () => testApp.logs.map((line) => JSON.parse(line) as LogLine);

  beforeAll(async () => {
    testApp = await startTestApp({ controllers: [ContextFixtureController], captureLogs: true });
  });

  afterAll(() => testApp.close());

  it('puts the request id on the log line of a server error', async () => {
    const response = await request(testApp.server).get('/api/context-fixture/fail').expect(500);
    const requestId = response.headers['x-request-id'];

    const failure = lines().find((line) => line.msg?.includes('an unexpected failure deep in a service'));
    expect(failure).toMatchObject({ requestId, level: 50 });
    expect(response.body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Something went wrong on our side. Please try again.',
    });
  });

  it('adds the caller once authenticated, and keeps an id the client sent', async () => {
    const admin = await signIn(testApp, PHH_ADMIN);
    await request(testApp.server)
      .get('/api/context-fixture/log')
      .set(bearer(admin))
      .set('X-Request-Id', 'client-chosen-id-42')
      .expect(200);

    const logged = lines().find((line) => line.msg === 'a line logged by a service');
    expect(logged).toMatchObject({ requestId: 'client-chosen-id-42', userId: admin.userId });
  });
});
