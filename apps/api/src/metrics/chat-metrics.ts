import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';

/**
 * What the chat tells operators: sockets connected to this instance, messages stored (its rate is
 * messages per second), the time from a send arriving to its event leaving for the room, and
 * how many messages catch-ups hand out.
 */
@Injectable()
export class ChatMetrics {
  private connectedSockets: () => number = () => 0;

  readonly messagesStored: Counter;
  readonly sendToDelivery: Histogram;
  readonly catchUpSize: Histogram;

  constructor(metrics: MetricsRegistry) {
    const registers = [metrics.registry];
    const sockets = () => this.connectedSockets();
    new Gauge({
      name: 'ownerdash_chat_sockets_connected',
      help: 'Chat sockets connected to this instance',
      registers,
      collect() {
        this.set(sockets());
      },
    });
    this.messagesStored = new Counter({
      name: 'ownerdash_chat_messages_stored_total',
      help: 'Chat messages stored (retries of a stored message not counted)',
      registers,
    });
    this.sendToDelivery = new Histogram({
      name: 'ownerdash_chat_send_to_delivery_seconds',
      help: "From a send reaching this instance to the message's event leaving for its conversation's room",
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.catchUpSize = new Histogram({
      name: 'ownerdash_chat_catch_up_messages',
      help: 'Messages one conversation of a hub:sync answer carries',
      buckets: [0, 1, 5, 10, 25, 50, 100],
      registers,
    });
  }

  /** Where the gauge of connected sockets reads its value: the gateway's server, once it exists. */
  countSocketsWith(count: () => number): void {
    this.connectedSockets = count;
  }
}
