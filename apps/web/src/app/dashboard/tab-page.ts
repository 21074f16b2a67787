import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { isTabId, TABS, type ViewId, VIEWS } from '@ownerdash/contracts';
import { leaveWhenRevoked } from '../auth/leave-when-revoked';
import { PermissionGate } from '../auth/permission-gate';
import { SessionStore } from '../auth/session.store';
import { ShareViewButton } from '../chat/share-view-button';
import { PageHeader } from '../shared/page-header';
import { DateRangePicker } from './date-range-picker';
import { PropertiesView } from './properties-view';
import { PropertyPicker } from './property-picker';
import type { ViewComponent } from './view-component';
import { TAB_VIEW_COMPONENTS } from './view-components';
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
    ShareViewButton,
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
  private readonly definitions = computed(() => VIEWS.filter((view) => view.tab === this.tabId()));
  /** The components of the tab's views, from the tab's own chunk; with the tab they belong to. */
  private readonly components = resource({
    params: () => {
      const tabId = this.tabId();
      return isTabId(tabId) ? tabId : undefined;
    },
    loader: async ({ params: tabId }) => ({
      tabId,
      components: (await TAB_VIEW_COMPONENTS[tabId]()) as Partial<Record<ViewId, ViewComponent>>,
    }),
  });
  /**
   * Every view of the tab, once its components are there; each one renders, and so loads its data,
   * only if the permission gate lets it.
   */
  protected readonly views = computed(() => {
    const loaded = this.components.hasValue() ? this.components.value() : undefined;
    if (loaded?.tabId !== this.tabId()) {
      return [];
    }
    return this.definitions().flatMap((definition) => {
      const view = loaded.components[definition.id];
      return view ? [{ definition, component: view.component, wide: view.wide ?? false }] : [];
    });
  });
  protected readonly rows = computed(() => viewRows(this.views()));
  protected readonly anyViewVisible = computed(() =>
    this.definitions().some((definition) => this.session.permits(definition.id)),
  );

  constructor() {
    // The guard let the tab through; this takes the user away if an admin hides it meanwhile.
    leaveWhenRevoked(() => this.session.visibleTabs().some((tab) => tab.id === this.tabId()), '/dashboard');
  }
}
