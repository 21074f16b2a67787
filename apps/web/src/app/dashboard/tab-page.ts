import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { TABS, VIEWS } from '@ownerdash/contracts';
import { leaveWhenRevoked } from '../auth/leave-when-revoked';
import { PermissionGate } from '../auth/permission-gate';
import { SessionStore } from '../auth/session.store';
import { PageHeader } from '../shared/page-header';
import { DateRangePicker } from './date-range-picker';
import { PropertiesView } from './properties-view';
import { PropertyPicker } from './property-picker';
import { VIEW_COMPONENTS } from './view-components';
import { viewRows } from './view-rows';

/** One dashboard tab: the filters, and a card for each of the tab's views the user may see. */
@Component({
  selector: 'od-tab-page',
  imports: [
    DateRangePicker,
    MatCardModule,
    MatIconModule,
    NgComponentOutlet,
    PageHeader,
    PermissionGate,
    PropertiesView,
    PropertyPicker,
  ],
  templateUrl: './tab-page.html',
  styleUrl: './tab-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TabPage {
  private readonly session = inject(SessionStore);

  /** Bound from the `:tabId` route parameter; the route guard lets only visible tabs through. */
  readonly tabId = input.required<string>();

  protected readonly label = computed(() => TABS.find((tab) => tab.id === this.tabId())?.label ?? this.tabId());
  /** Every view of the tab; each one renders, and so loads its data, only if the permission gate lets it. */
  protected readonly views = computed(() =>
    VIEWS.filter((view) => view.tab === this.tabId()).map((definition) => ({
      definition,
      component: VIEW_COMPONENTS[definition.id].component,
      wide: VIEW_COMPONENTS[definition.id].wide ?? false,
    })),
  );
  protected readonly rows = computed(() => viewRows(this.views()));
  protected readonly anyViewVisible = computed(() =>
    this.views().some((view) => this.session.permits(view.definition.id)),
  );

  constructor() {
    // The guard let the tab through; this takes the user away if an admin hides it meanwhile.
    leaveWhenRevoked(() => this.session.visibleTabs().some((tab) => tab.id === this.tabId()), '/dashboard');
  }
}
