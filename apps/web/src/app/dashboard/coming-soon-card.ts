import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import type { ViewDefinition } from '@ownerdash/contracts';

/** Stands in for a view whose data is not served yet (see view-components.ts). */
@Component({
  selector: 'od-coming-soon-card',
  imports: [MatCardModule, MatIconModule],
  template: `
    <mat-card appearance="outlined" class="card">
      <h2 class="heading" [id]="headingId()">{{ view().label }}</h2>
      <p class="description">{{ view().description }}</p>
      <p class="soon">
        <mat-icon svgIcon="schedule" aria-hidden="true" />
        Coming soon
      </p>
    </mat-card>
  `,
  styles: `
    :host {
      display: block;
    }
    .card {
      height: 100%;
      box-sizing: border-box;
      padding: 16px;
    }
    .heading {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .description {
      margin: 4px 0 16px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .soon {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
  `,
  host: { role: 'region', '[attr.aria-labelledby]': 'headingId()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComingSoonCard {
  readonly view = input.required<ViewDefinition>();

  protected readonly headingId = computed(() => `coming-soon-${this.view().id.replace('.', '-')}`);
}
