import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { TABS, VIEWS } from '@ownerdash/contracts';
import { SessionStore } from '../auth/session.store';

/** One dashboard tab. Its views are not built yet, so it lists the ones the user will get. */
@Component({
  selector: 'od-tab-page',
  imports: [MatCardModule, MatIconModule],
  templateUrl: './tab-page.html',
  styleUrl: './tab-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TabPage {
  private readonly session = inject(SessionStore);

  /** Bound from the `:tabId` route parameter; the route guard lets only visible tabs through. */
  readonly tabId = input.required<string>();

  protected readonly label = computed(() => TABS.find((tab) => tab.id === this.tabId())?.label ?? this.tabId());
  protected readonly views = computed(() => {
    const granted = this.session.visibleViewIds();
    return VIEWS.filter((view) => view.tab === this.tabId() && granted.has(view.id));
  });
}
