import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { TABS, VIEWS } from '@ownerdash/contracts';
import { leaveWhenRevoked } from '../auth/leave-when-revoked';
import { PermissionGate } from '../auth/permission-gate';
import { SessionStore } from '../auth/session.store';

/** One dashboard tab. Its views are not built yet, so it lists the ones the user will get. */
@Component({
  selector: 'od-tab-page',
  imports: [MatCardModule, MatIconModule, PermissionGate],
  templateUrl: './tab-page.html',
  styleUrl: './tab-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TabPage {
  private readonly session = inject(SessionStore);

  /** Bound from the `:tabId` route parameter; the route guard lets only visible tabs through. */
  readonly tabId = input.required<string>();

  protected readonly label = computed(() => TABS.find((tab) => tab.id === this.tabId())?.label ?? this.tabId());
  /** Every view of the tab; each one renders only if the permission gate lets it. */
  protected readonly views = computed(() => VIEWS.filter((view) => view.tab === this.tabId()));
  protected readonly anyViewVisible = computed(() => this.views().some((view) => this.session.permits(view.id)));

  constructor() {
    // The guard let the tab through; this takes the user away if an admin hides it meanwhile.
    leaveWhenRevoked(() => this.session.visibleTabs().some((tab) => tab.id === this.tabId()), '/dashboard');
  }
}
