import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { type MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TABS } from '@ownerdash/contracts';
import { map } from 'rxjs';
import { PermissionGate } from '../auth/permission-gate';
import { SessionStore } from '../auth/session.store';
import { ChatButton } from '../chat/chat-button';
import { ChatDrawer } from '../chat/chat-drawer';
import { ChatDrawerState } from '../chat/chat-drawer-state';
import { ChatToasts } from '../chat/chat-toasts';
import { TAB_ICONS } from '../dashboard/tab-icons';
import { NotificationBell } from '../notifications/notification-bell';
import { AccessNotice } from '../shared/access-notice';
import { Notice } from '../shared/notice';

/** Below this width the navigation becomes a drawer over the content. */
const COMPACT_LAYOUT = '(max-width: 1023.98px)';

/** The frame of every signed-in page: toolbar, dashboard and admin navigation, and the page itself. */
@Component({
  selector: 'od-shell',
  imports: [
    ChatButton,
    ChatDrawer,
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatListModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
    Notice,
    NotificationBell,
    PermissionGate,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly breakpoints = inject(BreakpointObserver);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly compact = toSignal(this.breakpoints.observe(COMPACT_LAYOUT).pipe(map((state) => state.matches)), {
    initialValue: this.breakpoints.isMatched(COMPACT_LAYOUT),
  });
  protected readonly displayName = computed(() => this.session.user()?.displayName ?? '');
  protected readonly organizationName = computed(() => this.session.organization()?.name ?? '');
  protected readonly isAdmin = this.session.isAdmin;
  protected readonly accessNotice = inject(AccessNotice);
  protected readonly chatDrawerState = inject(ChatDrawerState);
  /** Every tab; the permission gate shows those the user may see, following permission changes. */
  protected readonly tabs = TABS.map((tab) => ({ ...tab, icon: TAB_ICONS[tab.id] }));

  constructor() {
    inject(ChatToasts).start(inject(DestroyRef));
  }

  protected skipToMain(): void {
    this.main().nativeElement.focus();
  }

  protected closeDrawer(sidenav: MatSidenav): void {
    if (this.compact()) {
      void sidenav.close();
    }
  }

  protected signOut(): void {
    this.session.signOut().subscribe(() => void this.router.navigateByUrl('/sign-in'));
  }
}
