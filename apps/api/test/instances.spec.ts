import { Agent, get, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { shutDown } from '../src/app/shut-down';
import { MIGRATIONS } from '../src/database/migrations';
import { connect, disconnection } from './support/chat-sockets';
import { HangingFixtureController, nextHangingRequest } from './support/hanging-fixture.controller';
import { signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { createTestDatabase } from './support/test-database';

describe('several instances on one database', () => {
  it('start together on an empty database: one migrates and seeds, the other waits and finds it done', async () => {
    const database = await createTestDatabase();
    const instances: TestApp[] = [];
    try {
      instances.push(...(await Promise.all([startTestApp({ database }), startTestApp({ database })])));
      for (const instance of instances) {
        expect((await request(instance.server).get('/api/health').expect(200)).body).toMatchObject({
          status: 'ok',
        });
      }
      const { dataSource } = instances[0] as TestApp;
      const [{ migrations }] = await dataSource.query<{ migrations: number }[]>(
        'SELECT count(*)::int AS migrations FROM migrations',
      );
      expect(migrations).toBe(MIGRATIONS.length);
      const organizations = await dataSource.query<{ slug: string }[]>('SELECT slug FROM organizations ORDER BY slug');
      expect(organizations).toEqual([{ slug: 'kairoi' }, { slug: 'phh' }]);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
      await database.drop();
    }
  });
});

describe('shutdown', () => {
  let testApp: TestApp;
  let port: number;

  beforeEach(async () => {
    testApp = await startTestApp({ controllers: [HangingFixtureController] });
    port = (testApp.server.address() as AddressInfo).port;
  });

  afterEach(() => testApp.close());

  function send(path: string, agent: Agent): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      get({ host: '127.0.0.1', port, path, agent }, resolve).on('error', reject);
    });
  }

  it('closes idle keep-alive connections at once instead of waiting for the clients', async () => {
    const agent = new Agent({ keepAlive: true });
    const response = await send('/api/health', agent);
    response.resume();
    await new Promise((resolve) => response.on('end', resolve));
    const [socket] = Object.values(agent.freeSockets).flat();
    const socketClosed = new Promise((resolve) => socket?.once('close', resolve));

    await shutDown(testApp.app);

    await socketClosed;
    expect(testApp.server.listening).toBe(false);
    agent.destroy();
  });

  it('disconnects chat sockets first, so they do not hold the server open for the grace', async () => {
    const admin = await signIn(testApp, PHH_ADMIN);
    const client = await connect(`http://127.0.0.1:${port}`, admin);
    const gone = disconnection(client);

    // With a grace far longer than any test may take, only closing the sockets lets this finish.
    await shutDown(testApp.app, 3_600_000);

    await expect(gone).resolves.toBe('io server disconnect');
    expect(testApp.server.listening).toBe(false);
  });

  it('cuts a request still under way once its grace is over', async () => {
    const agent = new Agent({ keepAlive: true });
    const arrived = nextHangingRequest();
    const hanging = send('/api/hanging-fixture', agent);
    await arrived;

    await shutDown(testApp.app, 50);

    await expect(hanging).rejects.toThrow(/socket hang up|ECONNRESET/);
    agent.destroy();
  });
});
