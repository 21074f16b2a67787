import { HttpContext, HttpContextToken } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  type AcceptInviteDto,
  AuthApi,
  type AuthUserDto,
  type ChangePasswordDto,
  type LoginDto,
  type MeResponseDto,
  type OrganizationSummaryDto,
  type PermissionsDto,
  type ResetPasswordDto,
  type ScopeDto,
  type SessionResponseDto,
} from '@ownerdash/api-client';
import { map, Observable } from 'rxjs';

export type Credentials = LoginDto;
export type PasswordChange = ChangePasswordDto;
export type SessionUser = AuthUserDto;
/** Body of a successful login or refresh; the refresh token itself travels only in the httpOnly cookie. */
export type SessionResponse = SessionResponseDto;
export type Organization = OrganizationSummaryDto;
export type Permissions = PermissionsDto;
export type PropertyScope = ScopeDto;
export type MeResponse = MeResponseDto;
export type PasswordReset = ResetPasswordDto;
export type InviteAcceptance = AcceptInviteDto;

/** Endpoints whose 401 means wrong credentials or no session, never an expired access token. */
export const TOKEN_ENDPOINTS: readonly string[] = [AuthApi.LoginPath, AuthApi.RefreshPath];

/**
 * Marks a request whose 401 must not start another token renewal: the profile reload that is
 * itself part of a renewal would otherwise wait for the renewal it belongs to.
 */
export const SKIP_TOKEN_RENEWAL = new HttpContextToken<boolean>(() => false);

/**
 * The auth feature's calls of the generated API client, in the shapes the feature works with.
 * Everything else depends on these signatures only, which also makes them easy to fake in tests.
 */
@Injectable({ providedIn: 'root' })
export class AuthApiService {
  private readonly api = inject(AuthApi);

  login(credentials: Credentials): Observable<SessionResponse> {
    return this.api.login({ body: credentials });
  }

  /** Trades the refresh cookie for a new access token; the server rotates the cookie. */
  refresh(): Observable<SessionResponse> {
    return this.api.refresh();
  }

  logout(): Observable<void> {
    return this.api.logout();
  }

  /** `renewing`: asked for as part of a token renewal (see SKIP_TOKEN_RENEWAL). */
  me(renewing = false): Observable<MeResponse> {
    return this.api.me(undefined, renewing ? new HttpContext().set(SKIP_TOKEN_RENEWAL, true) : undefined);
  }

  changePassword(change: PasswordChange): Observable<void> {
    return this.api.changePassword({ body: change });
  }

  /** Asks for a reset link by mail; the answer is the same whether or not the account exists. */
  forgotPassword(email: string): Observable<string> {
    return this.api.forgotPassword({ body: { email } }).pipe(map((accepted) => accepted.message));
  }

  resetPassword(reset: PasswordReset): Observable<void> {
    return this.api.resetPassword({ body: reset });
  }

  /** Sets the invited user's password and signs them in, like a login. */
  acceptInvite(acceptance: InviteAcceptance): Observable<SessionResponse> {
    return this.api.acceptInvite({ body: acceptance });
  }
}
