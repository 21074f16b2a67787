import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NO_VALUE } from './format';

/** A resident's email and phone as links to write or call, in the tables whose purpose needs them. */
@Component({
  selector: 'od-resident-contact',
  template: `
    @if (email(); as email) {
      <a [href]="'mailto:' + email">{{ email }}</a>
    }
    @if (phone(); as phone) {
      <a [href]="'tel:' + phone">{{ phone }}</a>
    }
    @if (!email() && !phone()) {
      {{ noValue }}
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    a {
      color: var(--mat-sys-primary);
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResidentContact {
  readonly email = input<string | null>();
  readonly phone = input<string | null>();

  protected readonly noValue = NO_VALUE;
}
