import { TAB_IDS, TabId, ViewId, VIEWS } from './permission-registry';

/** What an admin sets per user: tabs and views switched off are false; anything unnamed is on. */
export interface PermissionSettings {
  readonly tabs: Partial<Record<TabId, boolean>>;
  readonly views: Partial<Record<ViewId, boolean>>;
}

export interface VisibleItems {
  readonly tabs: TabId[];
  readonly views: ViewId[];
}

/**
 * The tabs and views a user sees under the rules of the plan: everything unless switched
 * off; a hidden tab hides all of its views whatever their own setting.
 */
export function visibleItems(settings: PermissionSettings): VisibleItems {
  const tabs = TAB_IDS.filter((tab) => settings.tabs[tab] !== false);
  const visibleTabs = new Set<TabId>(tabs);
  const views = VIEWS.filter((view) => visibleTabs.has(view.tab) && settings.views[view.id] !== false).map(
    (view) => view.id,
  );
  return { tabs, views };
}
