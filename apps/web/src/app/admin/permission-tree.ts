import {
  type Role,
  TAB_IDS,
  type TabId,
  TABS,
  VIEW_IDS,
  type ViewId,
  VIEWS,
  viewsOfTab,
  visibleItems,
} from '@ownerdash/contracts';

/**
 * A whole permission tree: every tab and every view switched on or off. View settings are kept
 * while their tab is off, as the API keeps them, so switching a tab on again restores its views.
 */
export interface PermissionTree {
  readonly tabs: Readonly<Record<TabId, boolean>>;
  readonly views: Readonly<Record<ViewId, boolean>>;
}

/** Settings as the API sends them (a user's, complete; a preset's, only what it switches off). */
export interface PermissionSettingsLike {
  readonly tabs?: Readonly<Record<string, boolean>>;
  readonly views?: Readonly<Record<string, boolean>>;
}

/** The complete tree of some settings: anything they do not switch off is on. */
export function completeTree(settings: PermissionSettingsLike = {}): PermissionTree {
  return {
    tabs: Object.fromEntries(TAB_IDS.map((id) => [id, settings.tabs?.[id] !== false])) as Record<TabId, boolean>,
    views: Object.fromEntries(VIEW_IDS.map((id) => [id, settings.views?.[id] !== false])) as Record<ViewId, boolean>,
  };
}

export function sameTree(a: PermissionTree, b: PermissionTree): boolean {
  return TAB_IDS.every((id) => a.tabs[id] === b.tabs[id]) && VIEW_IDS.every((id) => a.views[id] === b.views[id]);
}

/** "Sees 6 of 8 tabs, 22 of 29 views": what a user with this role and tree sees, by the contracts' rule. */
export function describeVisibility(tree: PermissionTree, role: Role): string {
  if (role === 'admin') {
    return `Sees all ${TABS.length} tabs and ${VIEWS.length} views (administrators see everything)`;
  }
  const visible = visibleItems(tree);
  return `Sees ${visible.tabs.length} of ${TABS.length} tabs, ${visible.views.length} of ${VIEWS.length} views`;
}

/** The tabs, each with its views, in navigation order: the shape the tree editor draws. */
export const TREE_LAYOUT = TABS.map((tab) => ({ ...tab, views: viewsOfTab(tab.id) }));
