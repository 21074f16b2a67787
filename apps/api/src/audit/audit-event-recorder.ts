import { Injectable, OnModuleInit } from '@nestjs/common';
import { PasswordResetRequested, SignInRefused } from '../auth/auth.events';
import { ChatHandshakeRefused } from '../chat/chat.events';
import { currentRequestContext } from '../common/request-context/request-context';
import { DomainEvent } from '../events/domain-event';
import { DomainEvents } from '../events/domain-events';
import { ImportFinished, ImportStarted } from '../portfolio/import/import.events';
import { AuditChainer } from './audit-chainer';
import { entriesOfEvents, entryOfPublishedEvent, originOfPublishedEvent } from './audit-event-entries';
import { AuditLog } from './audit-log';

/** Events published on their own, with no transaction to write in: recorded once told. */
const PUBLISHED_EVENTS = [SignInRefused, PasswordResetRequested, ImportStarted, ImportFinished, ChatHandshakeRefused];

/**
 * Turns domain events into audit entries. A transaction's events are written in that very
 * transaction, before it commits (`DomainEvents.onCommitting`): an action that committed always
 * has its entry, and one that rolled back has none. Events published outside a transaction are
 * recorded when they are told. Once a transaction's events are out, the chainer is asked to link.
 */
@Injectable()
export class AuditEventRecorder implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly log: AuditLog,
    private readonly chainer: AuditChainer,
  ) {}

  onModuleInit(): void {
    this.events.onCommitting(async (events, manager) => {
      const entries = await entriesOfEvents(manager, events, currentActor());
      await this.log.writeIn(manager, entries);
    });
    for (const type of PUBLISHED_EVENTS) {
      this.events.on(type, AuditEventRecorder.name, (event: DomainEvent) => {
        const entry = entryOfPublishedEvent(event, currentActor());
        if (entry) {
          this.log.record(entry, originOfPublishedEvent(event));
        }
      });
    }
    this.events.on(DomainEvent, AuditChainer.name, () => this.chainer.schedule());
  }
}

function currentActor(): string | null {
  return currentRequestContext()?.caller?.userId ?? null;
}
