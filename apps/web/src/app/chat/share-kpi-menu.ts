import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import type { ReferenceKpiMetric } from '@ownerdash/contracts';
import { ChatDrawerState } from './chat-drawer-state';
import type { KpiShareScope } from './kpi-share-scope';
import { type ShareToChatData, ShareToChatDialog } from './share-to-chat-dialog';

/** A KPI offered for sharing, with its name as the tiles show it. */
export interface ShareableKpi {
  readonly metric: ReferenceKpiMetric;
  readonly label: string;
}

/**
 * "Share to chat" for the KPI tiles: a menu of the figures, each opening the share dialog with a
 * `kpi` reference. Figures of several picked properties (not one, not all) have no reference
 * type, so the menu then says what to pick instead.
 */
@Component({
  selector: 'od-share-kpi-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule],
  template: `
    <button mat-button type="button" [matMenuTriggerFor]="menu">
      <mat-icon svgIcon="forum" aria-hidden="true" />
      Share to chat
    </button>
    <mat-menu #menu="matMenu">
      @if (scope().scopeId; as scopeId) {
        @for (kpi of kpis(); track kpi.metric) {
          <button mat-menu-item type="button" (click)="share(scopeId, kpi)">{{ kpi.label }}</button>
        }
      } @else {
        <p class="hint" role="note">Pick one property, or all of them, to share a figure.</p>
      }
    </mat-menu>
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .hint {
      margin: 8px 16px;
      max-width: 240px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShareKpiMenu {
  private readonly dialog = inject(MatDialog);
  private readonly drawer = inject(ChatDrawerState);

  readonly kpis = input.required<readonly ShareableKpi[]>();
  readonly scope = input.required<KpiShareScope>();

  protected share(scopeId: string, kpi: ShareableKpi): void {
    const data: ShareToChatData = {
      reference: { type: 'kpi', id: `${scopeId}:${kpi.metric}`, state: this.scope().state },
      title: `${kpi.label} · ${this.scope().scopeName}`,
    };
    this.dialog
      .open<ShareToChatDialog, ShareToChatData, string>(ShareToChatDialog, { data, autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((conversationId) => {
        if (conversationId) {
          this.drawer.open(conversationId);
        }
      });
  }
}
