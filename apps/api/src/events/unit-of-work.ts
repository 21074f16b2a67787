import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainEvent } from './domain-event';
import { DomainEvents } from './domain-events';

const RECORDED = Symbol('recorded domain events');

type Recording = { [RECORDED]?: DomainEvent[] };

/**
 * A transaction whose domain events are published only once it has committed: a rolled-back
 * change tells no one, and a subscriber never hears of a change it cannot yet read.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const recorded: DomainEvent[] = [];
    const result = await this.dataSource.transaction(async (manager) => {
      (manager.queryRunner?.data as Recording)[RECORDED] = recorded;
      const done = await work(manager);
      await this.events.committing(recorded, manager);
      return done;
    });
    this.events.publish(recorded);
    return result;
  }
}

/**
 * Records an event of the change being made in `manager`'s transaction, to be published when
 * it commits. Only a `UnitOfWork` transaction can carry events: anywhere else this throws, so
 * an event can never be published for a change that might still roll back.
 */
export function recordEvent(manager: EntityManager, event: DomainEvent): void {
  const recorded = (manager.queryRunner?.data as Recording | undefined)?.[RECORDED];
  if (!recorded || !manager.queryRunner?.isTransactionActive) {
    throw new Error(`${event.name} was recorded outside a UnitOfWork transaction`);
  }
  recorded.push(event);
}
