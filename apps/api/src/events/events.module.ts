import { Global, Module } from '@nestjs/common';
import { DomainEvents } from './domain-events';
import { UnitOfWork } from './unit-of-work';

/** Domain events and the unit of work that publishes them after commit, for every module. */
@Global()
@Module({ providers: [DomainEvents, UnitOfWork], exports: [DomainEvents, UnitOfWork] })
export class EventsModule {}
