import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEvent, DomainEventType } from './domain-event';

export type DomainEventHandler<E extends DomainEvent> = (event: E) => Promise<void> | void;

/** Sees a transaction's events before it commits, writing in it: its failure rolls the change back. */
export type CommittingHandler = (events: readonly DomainEvent[], manager: EntityManager) => Promise<void>;

interface Subscription {
  readonly type: DomainEventType<DomainEvent>;
  readonly subscriber: string;
  readonly handle: DomainEventHandler<DomainEvent>;
}

/**
 * The in-process publisher of domain events. Events reach it only once the change they
 * describe has committed (see `UnitOfWork`). Handlers run after the publishing call returns,
 * one event after another in the order recorded, so a subscriber sees a transaction's events
 * in order; a failing handler is logged and does not stop the others. The request that caused
 * the events is not kept waiting, and its request context (id, caller) is still the handlers'.
 */
@Injectable()
export class DomainEvents implements BeforeApplicationShutdown {
  private readonly logger = new Logger(DomainEvents.name);
  private readonly subscriptions: Subscription[] = [];
  private readonly committingHandlers: CommittingHandler[] = [];
  private readonly running = new Set<Promise<void>>();

  /** `subscriber` names the handler in logs, e.g. the class that subscribes. */
  on<E extends DomainEvent>(type: DomainEventType<E>, subscriber: string, handle: DomainEventHandler<E>): void {
    this.subscriptions.push({ type, subscriber, handle: handle as DomainEventHandler<DomainEvent> });
  }

  /**
   * For a record that must exist exactly when the change does (the audit trail): `handle` runs
   * inside every `UnitOfWork` transaction that recorded events, after its work and before its
   * commit. Events published outside a transaction never reach it.
   */
  onCommitting(handle: CommittingHandler): void {
    this.committingHandlers.push(handle);
  }

  /** Runs the committing handlers in the transaction of `manager`; called by `UnitOfWork`. */
  async committing(events: readonly DomainEvent[], manager: EntityManager): Promise<void> {
    if (events.length === 0) {
      return;
    }
    for (const handle of this.committingHandlers) {
      await handle(events, manager);
    }
  }

  /** Hands committed events to their subscribers. */
  publish(events: readonly DomainEvent[]): void {
    if (events.length === 0) {
      return;
    }
    const delivery = this.deliver(events).finally(() => this.running.delete(delivery));
    this.running.add(delivery);
  }

  /** Resolves once every event published so far, and what its handlers published, has been handled. */
  async settled(): Promise<void> {
    while (this.running.size > 0) {
      await Promise.all([...this.running]);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  private async deliver(events: readonly DomainEvent[]): Promise<void> {
    // Handlers start after the publisher's own continuation, never inside it.
    await Promise.resolve();
    for (const event of events) {
      for (const subscription of this.subscriptions) {
        if (event instanceof subscription.type) {
          await this.run(subscription, event);
        }
      }
    }
  }

  private async run(subscription: Subscription, event: DomainEvent): Promise<void> {
    try {
      await subscription.handle(event);
    } catch (error) {
      this.logger.error(
        `${subscription.subscriber} failed on ${event.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  }
}
