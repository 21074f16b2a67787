import { EntityManager } from 'typeorm';
import { recordEvent } from '../events/unit-of-work';
import { FullPermissionSettings } from './permission-settings.store';
import { PermissionTreeChanged, PropertyScopeChanged, TreeItemChange } from './permissions.events';

function sameIds(before: readonly string[], after: readonly string[]): boolean {
  return before.length === after.length && before.every((id, index) => id === after[index]);
}

/** Records a scope change (sorted id lists) when the scope did change. */
export function recordScopeChange(
  manager: EntityManager,
  user: { id: string; organizationId: string },
  before: readonly string[],
  after: readonly string[],
): void {
  if (!sameIds(before, after)) {
    recordEvent(manager, new PropertyScopeChanged(user.id, user.organizationId, before, after));
  }
}

/** Records which items of the tree were switched, when any was. */
export function recordTreeChange(
  manager: EntityManager,
  user: { id: string; organizationId: string },
  before: FullPermissionSettings,
  after: FullPermissionSettings,
): void {
  const changes: TreeItemChange[] = [];
  for (const kind of ['tabs', 'views'] as const) {
    for (const [item, visible] of Object.entries(after[kind]) as [TreeItemChange['item'], boolean][]) {
      const was = (before[kind] as Record<string, boolean>)[item] ?? true;
      if (was !== visible) {
        changes.push({ item, before: was, after: visible });
      }
    }
  }
  if (changes.length > 0) {
    recordEvent(manager, new PermissionTreeChanged(user.id, user.organizationId, changes));
  }
}
