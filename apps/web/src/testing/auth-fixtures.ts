import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import type { ErrorBody, TabId, ViewId } from '@ownerdash/contracts';
import { type Observable, of } from 'rxjs';
import type {
  AuthApiService,
  Credentials,
  InviteAcceptance,
  MeResponse,
  PasswordChange,
  PasswordReset,
  RefreshResponse,
  SessionResponse,
  SessionUser,
} from '../app/auth/auth-api.service';

export const TEST_USER: SessionUser = {
  id: 'user-1',
  email: 'ada@example.com',
  displayName: 'Ada Lovelace',
  role: 'user',
  organizationId: 'org-1',
  mustChangePassword: false,
  avatarUrl: null,
};

export function sessionResponse(accessToken = 'access-1', user: SessionUser = TEST_USER): SessionResponse {
  return { accessToken, expiresIn: 900, user };
}

/** A refresh's answer: the session, with `me` as the profile of its new token. */
export function refreshResponse(accessToken = 'access-1', me: MeResponse = meResponse()): RefreshResponse {
  return { ...sessionResponse(accessToken, me.user), profile: me };
}

export function meResponse(
  grants: { tabs?: readonly TabId[]; views?: readonly ViewId[]; user?: SessionUser } = {},
): MeResponse {
  return {
    user: grants.user ?? TEST_USER,
    organization: { id: 'org-1', name: 'PHH' },
    permissions: { tabs: [...(grants.tabs ?? ['overview'])], views: [...(grants.views ?? ['overview.kpi_tiles'])] },
    scope: { allProperties: true, propertyIds: [] },
  };
}

export function httpError(
  status: number,
  body: Partial<ErrorBody> | null = null,
  headers: Record<string, string> = {},
) {
  return new HttpErrorResponse({
    status,
    error: body && { statusCode: status, error: 'Error', message: 'Request failed.', ...body },
    headers: new HttpHeaders(headers),
    url: '/api/test',
  });
}

export const FORGOT_PASSWORD_ANSWER =
  'If an account exists for this email, we have sent it a link to reset the password.';

/** An AuthApiService whose answers each test scripts; by default every call succeeds. */
export function fakeAuthApi(me: MeResponse = meResponse()) {
  return {
    login: jest.fn<Observable<SessionResponse>, [Credentials]>(() => of(sessionResponse())),
    refresh: jest.fn<Observable<RefreshResponse>, []>(() => of(refreshResponse('access-1', me))),
    logout: jest.fn<Observable<void>, []>(() => of(undefined)),
    me: jest.fn<Observable<MeResponse>, []>(() => of(me)),
    changePassword: jest.fn<Observable<void>, [PasswordChange]>(() => of(undefined)),
    forgotPassword: jest.fn<Observable<string>, [string]>(() => of(FORGOT_PASSWORD_ANSWER)),
    resetPassword: jest.fn<Observable<void>, [PasswordReset]>(() => of(undefined)),
    acceptInvite: jest.fn<Observable<SessionResponse>, [InviteAcceptance]>(() => of(sessionResponse())),
  } satisfies Pick<AuthApiService, keyof AuthApiService>;
}

export type FakeAuthApi = ReturnType<typeof fakeAuthApi>;
