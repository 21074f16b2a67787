import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server, ServerOptions } from 'socket.io';

/**
 * Socket.IO for the chat. With a Redis URL, rooms span every API instance of the deployment
 * through the Redis adapter: an event emitted to a room on one instance reaches its sockets on
 * all of them, and so do `socketsJoin`, `socketsLeave`, `disconnectSockets` and `fetchSockets`.
 * Without one, an instance works alone. Clients use the websocket transport only, so a load
 * balancer needs no sticky sessions.
 */
export class ChatIoAdapter extends IoAdapter {
  private readonly logger = new Logger(ChatIoAdapter.name);
  private readonly clients: { close(): Promise<unknown> }[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly redis: { readonly url: string | undefined; readonly channelPrefix: string },
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    if (this.redis.url) {
      const publisher = caughtPublishes(this.client(this.redis.url), this.logger);
      const subscriber = this.client(this.redis.url);
      server.adapter(createAdapter(publisher, subscriber, { key: this.redis.channelPrefix }));
    }
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.splice(0).map((client) => client.close()));
  }

  /**
   * A connecting client: commands wait in its queue until it is connected, and it reconnects on
   * its own after Redis restarts; meanwhile events of other instances are missed, which clients
   * recover by syncing from their last seq.
   */
  private client(url: string) {
    const client = createClient({ url });
    client.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
    void client.connect();
    this.clients.push(client);
    return client;
  }
}

/**
 * The client, except that a failed publish is logged instead of rejecting. The adapter does not
 * wait for its publishes, so one under way when Redis goes away would reject with no handler and
 * end the process; its event is lost to the other instances' sockets, whose clients catch up by seq.
 */
export function caughtPublishes<T extends { publish(...args: never[]): Promise<unknown> }>(
  client: T,
  logger: Logger,
): T {
  return new Proxy(client, {
    get(target, property) {
      if (property === 'publish') {
        return (...args: Parameters<T['publish']>) =>
          target.publish(...args).catch((error: unknown) => {
            logger.warn(`Redis publish: ${error instanceof Error ? error.message : String(error)}`);
          });
      }
      // Bound to the client itself: its methods use private fields, which a proxy does not have.
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
