import { TABS, viewsOfTab } from '@ownerdash/contracts';
import { PermissionRegistryDto } from './permissions.dto';

/** The registry of the contracts library as a tree of tabs and their views. */
export function permissionRegistryTree(): PermissionRegistryDto {
  return {
    tabs: TABS.map((tab) => ({
      id: tab.id,
      label: tab.label,
      views: viewsOfTab(tab.id).map(({ id, label, description }) => ({ id, label, description })),
    })),
  };
}
