import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { type MatCheckboxChange, MatCheckboxModule } from '@angular/material/checkbox';
import type { TabId, ViewId } from '@ownerdash/contracts';
import { describeVisibility, type PermissionTree, TREE_LAYOUT } from './permission-tree';

/**
 * Edits a permission tree: each tab with its views beneath. A tab's box is checked when the tab and
 * all its views are on, and indeterminate when the tab is on but some views are off. Switching a tab
 * off disables its views and keeps their settings, so switching it on again brings them back as they
 * were. Every change emits the whole tree, which is also what the API is sent on save.
 */
@Component({
  selector: 'od-permission-tree-editor',
  imports: [MatCheckboxModule],
  templateUrl: './permission-tree-editor.html',
  styleUrl: './permission-tree-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PermissionTreeEditor {
  readonly tree = input.required<PermissionTree>();
  /** For an administrator the tree is shown read-only: administrators see everything anyway. */
  readonly forAdmin = input(false);
  readonly disabled = input(false);
  readonly treeChange = output<PermissionTree>();

  protected readonly readOnly = computed(() => this.forAdmin() || this.disabled());
  protected readonly summary = computed(() => describeVisibility(this.tree(), this.forAdmin() ? 'admin' : 'user'));
  protected readonly rows = computed(() => {
    const { tabs, views } = this.tree();
    return TREE_LAYOUT.map((tab) => {
      const viewsOn = tab.views.filter((view) => views[view.id]).length;
      return {
        ...tab,
        on: tabs[tab.id],
        checked: tabs[tab.id] && viewsOn === tab.views.length,
        indeterminate: tabs[tab.id] && viewsOn < tab.views.length,
        viewsOn,
        views: tab.views.map((view) => ({ ...view, on: views[view.id] })),
      };
    });
  });

  protected toggleTab(tabId: TabId, change: MatCheckboxChange): void {
    const current = this.tree();
    const next = { tabs: { ...current.tabs, [tabId]: !current.tabs[tabId] }, views: current.views };
    // The box toggles itself on a click, which from indeterminate means "checked"; but a click on
    // a tab that is on switches it off, so the box is set to what the tree says.
    change.source.checked = next.tabs[tabId] && tabViewsAllOn(next, tabId);
    this.treeChange.emit(next);
  }

  protected toggleView(viewId: ViewId, on: boolean): void {
    const current = this.tree();
    this.treeChange.emit({ tabs: current.tabs, views: { ...current.views, [viewId]: on } });
  }
}

function tabViewsAllOn(tree: PermissionTree, tabId: TabId): boolean {
  return TREE_LAYOUT.find((tab) => tab.id === tabId)?.views.every((view) => tree.views[view.id]) ?? false;
}
