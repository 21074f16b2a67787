import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../events/domain-events';
import { AccountRecoveryService } from './account-recovery.service';
import { PasswordResetRequested } from './auth.events';

/**
 * Makes the link of a reset request after the request has been answered, so the answer takes
 * the same time whether or not the account exists.
 */
@Injectable()
export class ResetLinks implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly recovery: AccountRecoveryService,
  ) {}

  onModuleInit(): void {
    this.events.on(PasswordResetRequested, ResetLinks.name, (event) => this.recovery.issueResetLink(event.userId));
  }
}
