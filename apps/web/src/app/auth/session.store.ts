import { computed, inject, Injectable, signal } from '@angular/core';
import { isTabId, type TabDefinition, type TabId, TABS, type ViewId } from '@ownerdash/contracts';
import {
  catchError,
  defer,
  finalize,
  firstValueFrom,
  map,
  Observable,
  of,
  shareReplay,
  switchMap,
  tap,
  throwError,
  timeout,
} from 'rxjs';
import { NOW } from '../shared/clock';
import {
  AuthApiService,
  type Credentials,
  type InviteAcceptance,
  type MeResponse,
  type Organization,
  type PasswordChange,
  type Permissions,
  type RefreshResponse,
  type SessionResponse,
  type SessionUser,
} from './auth-api.service';

/** Web Lock that serializes refreshes across the tabs of one browser, which share the refresh cookie. */
export const REFRESH_LOCK_NAME = 'ownerdash-refresh';
/**
 * How long a refresh waits for another tab to release the lock before it goes ahead anyway. A tab
 * that holds it and never lets go (frozen, or stuck on a request) must not keep this one on its
 * loading screen; the server accepts a just-rotated refresh token again for a grace period, so
 * going ahead rarely costs more than what the lock would have saved.
 */
export const REFRESH_LOCK_WAIT_MS = 5_000;
/**
 * A token this close to its expiry counts as expired: it could lapse on its way to the server or
 * on a server whose clock runs a little ahead.
 */
export const TOKEN_EXPIRY_MARGIN_MS = 10_000;
/** How long the start-up refresh may take before the app starts signed out instead. */
export const START_UP_REQUEST_TIMEOUT_MS = 15_000;

const NO_PERMISSIONS: Permissions = { tabs: [], views: [] };

/**
 * The signed-in session: who the user is, what they may see, and the access token.
 * The token lives in memory only; a reload gets a new one from the httpOnly refresh cookie.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(AuthApiService);
  private readonly now = inject(NOW);

  private readonly token = signal<string | null>(null);
  private tokenExpiresAt = 0;
  private readonly currentUser = signal<SessionUser | null>(null);
  private readonly currentOrganization = signal<Organization | null>(null);
  private readonly currentPermissions = signal<Permissions>(NO_PERMISSIONS);
  /**
   * The temporary password just typed at sign-in, while the server insists on a new one: the
   * password change needs it as the current password, and asking for it again seconds later
   * would only confuse. Kept in memory until the change page takes it or the session ends.
   */
  private temporaryPassword: string | null = null;
  private refreshInFlight: Observable<string> | null = null;

  readonly accessToken = this.token.asReadonly();
  readonly user = this.currentUser.asReadonly();
  readonly organization = this.currentOrganization.asReadonly();
  readonly permissions = this.currentPermissions.asReadonly();

  readonly signedIn = computed(() => this.token() !== null && this.currentUser() !== null);
  readonly mustChangePassword = computed(() => this.currentUser()?.mustChangePassword ?? false);
  readonly isAdmin = computed(() => this.currentUser()?.role === 'admin');
  readonly visibleTabIds = computed<ReadonlySet<TabId>>(() => new Set(this.currentPermissions().tabs));
  readonly visibleViewIds = computed<ReadonlySet<ViewId>>(() => new Set(this.currentPermissions().views));
  /** The dashboard tabs the user may open, in navigation order. */
  readonly visibleTabs = computed<readonly TabDefinition[]>(() => TABS.filter((tab) => this.permits(tab.id)));

  /**
   * Whether the user's permission tree shows this tab or view. The one rule behind the navigation,
   * the route guards and `*odPermissionGate`; read inside a computed or effect, it follows changes.
   */
  permits(id: TabId | ViewId): boolean {
    return isTabId(id) ? this.visibleTabIds().has(id) : this.visibleViewIds().has(id);
  }

  /**
   * Restores the session of a returning user from the refresh cookie. Never rejects: without a
   * session the app simply starts signed out.
   */
  async initialize(): Promise<void> {
    try {
      // The refresh brings the profile along: one round trip before the first page, not two.
      await firstValueFrom(this.refreshAccessToken().pipe(timeout(START_UP_REQUEST_TIMEOUT_MS)));
    } catch {
      this.clear();
    }
  }

  signIn(credentials: Credentials): Observable<void> {
    return this.startSession(this.api.login(credentials)).pipe(
      tap(() => (this.temporaryPassword = this.mustChangePassword() ? credentials.password : null)),
    );
  }

  /** The password typed at the sign-in that led to a required change, once; null otherwise. */
  takeTemporaryPassword(): string | null {
    const password = this.temporaryPassword;
    this.temporaryPassword = null;
    return password;
  }

  /** Sets the invited user's password; the API signs them in as a login does. */
  acceptInvite(acceptance: InviteAcceptance): Observable<void> {
    return this.startSession(this.api.acceptInvite(acceptance));
  }

  /**
   * Gets a new access token, and the profile with it: the API also refuses a token the moment an
   * admin changes the user's role, scope, permission tree or active state, so a renewal after a
   * refusal may bring new rights, which the shell then shows at once. Concurrent callers share one
   * request, and tabs take turns through a Web Lock: the server treats a second use of a rotated
   * refresh token as theft and revokes the whole session, so two refreshes must never race with
   * the same cookie.
   */
  refreshAccessToken(): Observable<string> {
    this.refreshInFlight ??= defer(() => this.refreshHoldingLock()).pipe(
      map((refreshed) => {
        this.applySession(refreshed);
        this.applyProfile(refreshed.profile);
        return refreshed.accessToken;
      }),
      finalize(() => (this.refreshInFlight = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshInFlight;
  }

  /**
   * The refresh under way, if any: a request sent now with the current token would be refused, so
   * it waits for the new one instead.
   */
  refreshUnderWay(): Observable<string> | null {
    return this.refreshInFlight;
  }

  /** Whether the access token has expired, or is about to: the API would refuse it. */
  accessTokenExpired(): boolean {
    return this.token() !== null && this.now() >= this.tokenExpiresAt - TOKEN_EXPIRY_MARGIN_MS;
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
    this.temporaryPassword = null;
    this.token.set(null);
    this.currentUser.set(null);
    this.currentOrganization.set(null);
    this.currentPermissions.set(NO_PERMISSIONS);
  }

  private startSession(response: Observable<SessionResponse>): Observable<void> {
    return response.pipe(
      tap((session) => this.applySession(session)),
      switchMap(() => this.reloadProfile()),
      catchError((error: unknown) => {
        this.clear();
        return throwError(() => error);
      }),
    );
  }

  private applySession(session: SessionResponse): void {
    this.tokenExpiresAt = this.now() + session.expiresIn * 1000;
    this.token.set(session.accessToken);
    this.currentUser.set(session.user);
  }

  private applyProfile(me: MeResponse): void {
    this.currentUser.set(me.user);
    this.currentOrganization.set(me.organization);
    this.currentPermissions.set(me.permissions);
  }

  private async refreshHoldingLock(): Promise<RefreshResponse> {
    const refresh = () => firstValueFrom(this.api.refresh());
    // Web Locks exist only in secure contexts (https, localhost); elsewhere one tab is all we can order.
    const locks: LockManager | undefined = globalThis.navigator?.locks;
    if (!locks) {
      return refresh();
    }
    const giveUp = new AbortController();
    const deadline = setTimeout(() => giveUp.abort(), REFRESH_LOCK_WAIT_MS);
    try {
      return await locks.request(REFRESH_LOCK_NAME, { signal: giveUp.signal }, () => {
        clearTimeout(deadline);
        return refresh();
      });
    } catch (error) {
      if (giveUp.signal.aborted) {
        return refresh();
      }
      throw error;
    } finally {
      clearTimeout(deadline);
    }
  }
}
