import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type MemberStatus, STATUS_LABELS } from './team-member';

/** A member's status as a coloured label: Active, Pending invite, Deactivated. */
@Component({
  selector: 'od-status-chip',
  template: `<span [class]="'chip ' + status()">{{ label() }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    .active {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .pending {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .inactive {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChip {
  readonly status = input.required<MemberStatus>();

  protected readonly label = computed(() => STATUS_LABELS[this.status()]);
}
