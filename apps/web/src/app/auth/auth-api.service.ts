import { Injectable, inject } from '@angular/core';
import {
  AuthApi,
  type AuthUserDto,
  type ChangePasswordDto,
  type LoginDto,
  type MeResponseDto,
  type OrganizationSummaryDto,
  type PermissionsDto,
  type ScopeDto,
  type SessionResponseDto,
} from '@ownerdash/api-client';
import { Observable } from 'rxjs';

export type Credentials = LoginDto;
export type PasswordChange = ChangePasswordDto;
export type SessionUser = AuthUserDto;
/** Body of a successful login or refresh; the refresh token itself travels only in the httpOnly cookie. */
export type SessionResponse = SessionResponseDto;
export type Organization = OrganizationSummaryDto;
export type Permissions = PermissionsDto;
export type PropertyScope = ScopeDto;
export type MeResponse = MeResponseDto;

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

  /** Trades the refresh cookie for a new access token; the server rotates the cookie. */
  refresh(): Observable<SessionResponse> {
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
}
