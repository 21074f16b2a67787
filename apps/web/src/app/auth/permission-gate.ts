import { Directive, effect, inject, input, TemplateRef, ViewContainerRef } from '@angular/core';
import type { TabId, ViewId } from '@ownerdash/contracts';
import { SessionStore } from './session.store';

/**
 * Renders its content only while the signed-in user's permission tree shows the tab or view:
 * `<section *odPermissionGate="'overview.kpi_tiles'">`. It follows permission changes without a
 * reload. It hides; the API enforces the same rules on the data.
 */
@Directive({ selector: '[odPermissionGate]' })
export class PermissionGate {
  private readonly session = inject(SessionStore);
  private readonly template = inject<TemplateRef<unknown>>(TemplateRef);
  private readonly container = inject(ViewContainerRef);

  /** The tab or view id the content belongs to. */
  readonly odPermissionGate = input.required<TabId | ViewId>();

  constructor() {
    effect(() => {
      const permitted = this.session.permits(this.odPermissionGate());
      if (permitted && this.container.length === 0) {
        this.container.createEmbeddedView(this.template);
      } else if (!permitted) {
        this.container.clear();
      }
    });
  }
}
