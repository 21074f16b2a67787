import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { AuditOutcome } from '@ownerdash/api-client';
import { AUDIT_OUTCOME_LABELS } from './audit-text';

/** An audit entry's outcome as a coloured label: Success, Denied, Failed. */
@Component({
  selector: 'od-audit-outcome-chip',
  template: `<span [class]="'chip ' + outcome()">{{ label() }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    .success {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .denied,
    .failed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditOutcomeChip {
  readonly outcome = input.required<AuditOutcome>();

  protected readonly label = computed(() => AUDIT_OUTCOME_LABELS[this.outcome()]);
}
