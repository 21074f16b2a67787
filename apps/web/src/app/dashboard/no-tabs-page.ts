import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { SessionStore } from '../auth/session.store';

/** Shown at `/dashboard` to a user who may not see any tab yet. */
@Component({
  selector: 'od-no-tabs-page',
  imports: [MatCardModule],
  template: `
    <h1 class="title">Dashboard</h1>
    <mat-card appearance="outlined">
      <mat-card-content>
        <p>No dashboard tabs are shared with you yet.</p>
        <p>Ask an administrator of {{ organizationName() }} to give you access.</p>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    :host {
      display: block;
      max-width: 960px;
    }
    .title {
      margin: 0 0 24px;
      font: var(--mat-sys-headline-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoTabsPage {
  private readonly session = inject(SessionStore);

  protected readonly organizationName = computed(() => this.session.organization()?.name ?? 'your organization');
}
