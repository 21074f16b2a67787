import type { Type } from '@angular/core';
import type { RegisteredView, TabId } from '@ownerdash/contracts';

export interface ViewComponent {
  /** Takes a `view` input with the view's registry entry. */
  readonly component: Type<unknown>;
  /** Takes a row of its own (tables, tile rows); other views share rows with their neighbours. */
  readonly wide?: boolean;
}

/** The components of one tab's views: the compiler checks that every view of the tab has one. */
export type TabViewComponents<Tab extends TabId> = Record<Extract<RegisteredView, { tab: Tab }>['id'], ViewComponent>;
