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
  type RefreshResponseDto,
  type ResetPasswordDto,
  type ScopeDto,
  type SessionResponseDto,
} from '@ownerdash/api-client';
import { map, Observable } from 'rxjs';

export type Credentials = LoginDto;
export type PasswordChange = ChangePasswordDto;
export type SessionUser = AuthUserDto;
/** Body of a successful sign-in; the refresh token itself travels only in the httpOnly cookie. */
export type SessionResponse = SessionResponseDto;
/** Body of a successful refresh: a sign-in's, with the profile for the new token. */
export type RefreshResponse = RefreshResponseDto;
export type Organization = OrganizationSummaryDto;
export type Permissions = PermissionsDto;
export type PropertyScope = ScopeDto;
export type MeResponse = MeResponseDto;
export type PasswordReset = ResetPasswordDto;
export type InviteAcceptance = AcceptInviteDto;

/** Endpoints whose 401 means wrong credentials or no session, never an expired access token. */
export const TOKEN_ENDPOINTS: readonly string[] = [AuthApi.LoginPath, AuthApi.RefreshPath];

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

  /** Trades the refresh cookie for a new access token and the profile; the server rotates the cookie. */
  refresh(): Observable<RefreshResponse> {
    return this.api.refresh();
  }

  logout(): Observable<void> {
    return this.api.logout();
  }

  me(): Observable<MeResponse> {
    return this.api.me();
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
