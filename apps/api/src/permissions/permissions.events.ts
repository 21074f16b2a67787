import { TabId, ViewId } from '@ownerdash/contracts';
import { DomainEvent } from '../events/domain-event';

/** A user's property scope was set; an empty list means every property of the organization. */
export class PropertyScopeChanged extends DomainEvent {
  readonly name = 'permissions.scope-changed';

  constructor(
    readonly userId: string,
    readonly organizationId: string,
    readonly before: readonly string[],
    readonly after: readonly string[],
  ) {
    super();
  }
}

export interface TreeItemChange {
  readonly item: TabId | ViewId;
  readonly before: boolean;
  readonly after: boolean;
}

/** Tabs or views of a user's permission tree were switched on or off. */
export class PermissionTreeChanged extends DomainEvent {
  readonly name = 'permissions.tree-changed';

  constructor(
    readonly userId: string,
    readonly organizationId: string,
    readonly changes: readonly TreeItemChange[],
  ) {
    super();
  }
}
