import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { leaveWhenRevoked } from '../auth/leave-when-revoked';
import { SessionStore } from '../auth/session.store';

/** The administration area: its sections, and the way out if the user stops being an admin. */
@Component({
  selector: 'od-admin-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <nav mat-tab-nav-bar class="sections" aria-label="Administration sections" [tabPanel]="panel">
      <a mat-tab-link routerLink="/admin" [active]="!presets.isActive && !audit.isActive">Team</a>
      <a
        mat-tab-link
        routerLink="/admin/presets"
        routerLinkActive
        #presets="routerLinkActive"
        [active]="presets.isActive"
      >
        Presets
      </a>
      <a mat-tab-link routerLink="/admin/audit" routerLinkActive #audit="routerLinkActive" [active]="audit.isActive">
        Audit
      </a>
    </nav>
    <mat-tab-nav-panel #panel class="panel">
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    :host {
      display: block;
      max-width: 1200px;
    }
    .sections {
      margin-bottom: 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminLayout {
  private readonly session = inject(SessionStore);

  constructor() {
    // The route guard checks on the way in; an admin demoted meanwhile is taken out here.
    leaveWhenRevoked(() => this.session.isAdmin(), '/');
  }
}
