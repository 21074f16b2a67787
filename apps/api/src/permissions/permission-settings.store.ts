import { Injectable } from '@nestjs/common';
import { PermissionSettings, TAB_IDS, TabId, VIEW_IDS, ViewId } from '@ownerdash/contracts';
import { EntityManager } from 'typeorm';
import { UserTabAccess } from './user-tab-access.entity';
import { UserViewAccess } from './user-view-access.entity';

export interface FullPermissionSettings {
  readonly tabs: Record<TabId, boolean>;
  readonly views: Record<ViewId, boolean>;
}

/**
 * A user's permission tree as rows. Only switched-off items have a row (the default is
 * on), and view rows are independent of their tab's, so a tab switched off and on again
 * brings its views back as they were.
 */
@Injectable()
export class PermissionSettingsStore {
  async read(manager: EntityManager, userId: string): Promise<FullPermissionSettings> {
    const [tabRows, viewRows] = await Promise.all([
      manager.findBy(UserTabAccess, { userId }),
      manager.findBy(UserViewAccess, { userId }),
    ]);
    const hiddenTabs = new Set(tabRows.filter((row) => !row.canView).map((row) => row.tabId));
    const hiddenViews = new Set(viewRows.filter((row) => !row.canView).map((row) => row.viewId));
    return {
      tabs: Object.fromEntries(TAB_IDS.map((tab) => [tab, !hiddenTabs.has(tab)])) as Record<TabId, boolean>,
      views: Object.fromEntries(VIEW_IDS.map((view) => [view, !hiddenViews.has(view)])) as Record<ViewId, boolean>,
    };
  }

  /** Applies the named settings; items not named keep theirs. */
  async merge(manager: EntityManager, userId: string, changes: Partial<PermissionSettings>): Promise<void> {
    for (const [tabId, canView] of Object.entries(changes.tabs ?? {})) {
      await (canView
        ? manager.delete(UserTabAccess, { userId, tabId })
        : manager.upsert(UserTabAccess, { userId, tabId, canView: false }, ['userId', 'tabId']));
    }
    for (const [viewId, canView] of Object.entries(changes.views ?? {})) {
      await (canView
        ? manager.delete(UserViewAccess, { userId, viewId })
        : manager.upsert(UserViewAccess, { userId, viewId, canView: false }, ['userId', 'viewId']));
    }
  }

  /** Sets the whole tree: what the settings switch off, and everything else on. */
  async replace(manager: EntityManager, userId: string, settings: PermissionSettings): Promise<void> {
    await manager.delete(UserTabAccess, { userId });
    await manager.delete(UserViewAccess, { userId });
    await this.merge(manager, userId, settings);
  }
}
