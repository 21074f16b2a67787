// The parent's side of the chat benchmarks' client workers (chat-clients.mjs): forks them, gives
// each whole conversations with all their members, and sends them commands over IPC. A worker that
// exits before it is closed fails every command under way and the run with it.
import { fork } from 'node:child_process';
import { join } from 'node:path';

const WORKER = join(import.meta.dirname, 'chat-clients.mjs');

export class ClientPool {
  /**
   * `population` as createPopulation returns it; `urlsOf(userIndex)` is the list of server URLs a
   * user connects to, its own first; `options` go to every worker (ackTimeoutMs, resilient).
   */
  static async start({ workers, population, urlsOf, options }) {
    const pool = new ClientPool(workers);
    const indexOf = new Map(population.users.map((user, index) => [user.id, index]));
    await Promise.all(
      pool.workers.map((_, workerIndex) => {
        const conversations = population.conversations.filter((_, index) => index % workers === workerIndex);
        const members = conversations.flatMap((conversation) =>
          conversation.memberIds.map((userId) => ({
            userId,
            token: population.users[indexOf.get(userId)].token,
            urls: urlsOf(indexOf.get(userId)),
            homeIndex: 0,
            conversationIds: [conversation.id],
          })),
        );
        return pool.request(workerIndex, 'init', { options, conversations, members });
      }),
    );
    return pool;
  }

  constructor(count) {
    this.nextId = 0;
    this.pending = new Map();
    this.closing = false;
    this.workers = Array.from({ length: count }, (_, index) => {
      // Advanced serialization carries the latency histograms (typed arrays) as they are.
      const child = fork(WORKER, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      child.on('message', (message) => this.answered(message));
      child.on('exit', (code, signal) => {
        if (!this.closing) {
          this.failAll(new Error(`client worker ${index} exited (${signal ?? `code ${code}`}) during the run`));
        }
      });
      return child;
    });
    /** Rejects when a worker dies, so a run waiting on something else ends too. */
    this.failed = new Promise((_, reject) => {
      this.fail = reject;
    });
    this.failed.catch(() => undefined);
  }

  get pids() {
    return this.workers.map((worker) => worker.pid);
  }

  request(workerIndex, command, payload = {}) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, workerIndex, command });
      this.workers[workerIndex].send({ ...payload, id, command });
    });
  }

  /** The command on every worker; `payloadOf(workerIndex)` may tailor it. */
  all(command, payloadOf = () => ({})) {
    return Promise.all(this.workers.map((_, index) => this.request(index, command, payloadOf(index))));
  }

  answered({ id, ok, result, error }) {
    const request = this.pending.get(id);
    if (!request) {
      return; // the answer to close, which no one waits for
    }
    this.pending.delete(id);
    if (ok) {
      request.resolve(result);
    } else {
      request.reject(new Error(`client worker ${request.workerIndex}, ${request.command}: ${error}`));
    }
  }

  failAll(error) {
    for (const request of this.pending.values()) {
      request.reject(error);
    }
    this.pending.clear();
    this.fail(error);
  }

  /** Closes the sockets and ends the workers; kills those that do not end within 5 s. */
  async close() {
    this.closing = true;
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise((resolve) => {
            if (worker.exitCode !== null || worker.signalCode !== null) {
              resolve();
              return;
            }
            const timer = setTimeout(() => worker.kill('SIGKILL'), 5000);
            worker.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            if (worker.connected) {
              worker.send({ id: -1, command: 'close' });
            } else {
              worker.kill('SIGKILL');
            }
          }),
      ),
    );
  }
}
