import { Injectable, computed, inject, signal } from '@angular/core';
import { TABS, type TabDefinition, type ViewId } from '@ownerdash/contracts';
import {
  Observable,
  catchError,
  defer,
  finalize,
  firstValueFrom,
  map,
  of,
  shareReplay,
  switchMap,
  tap,
  throwError,
} from 'rxjs';
import {
  AuthApiService,
  type Credentials,
  type MeResponse,
  type Organization,
  type PasswordChange,
  type Permissions,
  type SessionResponse,
  type SessionUser,
} from './auth-api.service';

/** Web Lock that serializes refreshes across the tabs of one browser, which share the refresh cookie. */
export const REFRESH_LOCK_NAME = 'ownerdash-refresh';

const NO_PERMISSIONS: Permissions = { tabs: [], views: [] };

/**
 * The signed-in session: who the user is, what they may see, and the access token.
 * The token lives in memory only; a reload gets a new one from the httpOnly refresh cookie.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(AuthApiService);

  private readonly token = signal<string | null>(null);
  private readonly currentUser = signal<SessionUser | null>(null);
  private readonly currentOrganization = signal<Organization | null>(null);
  private readonly currentPermissions = signal<Permissions>(NO_PERMISSIONS);
  private refreshInFlight: Observable<string> | null = null;

  readonly accessToken = this.token.asReadonly();
  readonly user = this.currentUser.asReadonly();
  readonly organization = this.currentOrganization.asReadonly();
  readonly permissions = this.currentPermissions.asReadonly();

  readonly signedIn = computed(() => this.token() !== null && this.currentUser() !== null);
  readonly mustChangePassword = computed(() => this.currentUser()?.mustChangePassword ?? false);
  /** The dashboard tabs the user may open, in navigation order. */
  readonly visibleTabs = computed<readonly TabDefinition[]>(() => {
    const granted = new Set(this.currentPermissions().tabs);
    return TABS.filter((tab) => granted.has(tab.id));
  });
  readonly visibleViewIds = computed<ReadonlySet<ViewId>>(() => new Set(this.currentPermissions().views));

  /**
   * Restores the session of a returning user from the refresh cookie. Never rejects: without a
   * session the app simply starts signed out.
   */
  async initialize(): Promise<void> {
    try {
      await firstValueFrom(this.refreshAccessToken());
      await firstValueFrom(this.reloadProfile());
    } catch {
      this.clear();
    }
  }

  signIn(credentials: Credentials): Observable<void> {
    return this.api.login(credentials).pipe(
      tap((session) => this.applySession(session)),
      switchMap(() => this.reloadProfile()),
      catchError((error: unknown) => {
        this.clear();
        return throwError(() => error);
      }),
    );
  }

  /**
   * Gets a new access token. Concurrent callers share one request, and tabs take turns through a
   * Web Lock: the server treats a second use of a rotated refresh token as theft and revokes the
   * whole session, so two refreshes must never race with the same cookie.
   */
  refreshAccessToken(): Observable<string> {
    this.refreshInFlight ??= defer(() => this.refreshHoldingLock()).pipe(
      map((session) => {
        this.applySession(session);
        return session.accessToken;
      }),
      finalize(() => (this.refreshInFlight = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshInFlight;
  }

  /** Loads the user's organization and permissions. */
  reloadProfile(): Observable<void> {
    return this.api.me().pipe(map((me) => this.applyProfile(me)));
  }

  /** Changes the password and reloads the profile, which then no longer asks for a change. */
  changePassword(change: PasswordChange): Observable<void> {
    return this.api.changePassword(change).pipe(switchMap(() => this.reloadProfile()));
  }

  /** Ends the session on the server and here; local state is cleared even when the server is unreachable. */
  signOut(): Observable<void> {
    return this.api.logout().pipe(
      catchError(() => of(undefined)),
      map(() => this.clear()),
    );
  }

  /** The server reported that this user must change their password before doing anything else. */
  markPasswordChangeRequired(): void {
    this.currentUser.update((user) => user && { ...user, mustChangePassword: true });
  }

  clear(): void {
    this.token.set(null);
    this.currentUser.set(null);
    this.currentOrganization.set(null);
    this.currentPermissions.set(NO_PERMISSIONS);
  }

  private applySession(session: SessionResponse): void {
    this.token.set(session.accessToken);
    this.currentUser.set(session.user);
  }

  private applyProfile(me: MeResponse): void {
    this.currentUser.set(me.user);
    this.currentOrganization.set(me.organization);
    this.currentPermissions.set(me.permissions);
  }

  private async refreshHoldingLock(): Promise<SessionResponse> {
    const refresh = () => firstValueFrom(this.api.refresh());
    // Web Locks exist only in secure contexts (https, localhost); elsewhere one tab is all we can order.
    const locks: LockManager | undefined = globalThis.navigator?.locks;
    return locks ? await locks.request(REFRESH_LOCK_NAME, refresh) : refresh();
  }
}
