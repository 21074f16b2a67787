import { HttpHeaders, HttpResponse } from '@angular/common/http';
import type {
  AdminApi,
  AdminUserDto,
  CredentialsDeliveryDto,
  InvitationDto,
  PermissionSettingsDto,
  PresetDto,
  PropertiesApi,
  PropertyListDto,
  StrictHttpResponse,
  UserListDto,
} from '@ownerdash/api-client';
import { TAB_IDS, VIEW_IDS } from '@ownerdash/contracts';
import { type Observable, of } from 'rxjs';

export const PROPERTIES: PropertyListDto = {
  items: [
    { id: 'p-harbor', name: 'Harbor View', slug: 'harbor-view' },
    { id: 'p-maple', name: 'Maple Court', slug: 'maple-court' },
    { id: 'p-parkside', name: 'Parkside', slug: 'parkside' },
  ],
};

export function adminUser(overrides: Partial<AdminUserDto> = {}): AdminUserDto {
  return {
    id: 'user-2',
    email: 'sarah@phh.example',
    displayName: 'Sarah Miller',
    role: 'user',
    isActive: true,
    lastLogin: null,
    createdAt: '2026-11-20T09:30:00.000Z',
    scope: { allProperties: true, propertyCount: 0 },
    pendingInvite: false,
    mustChangePassword: false,
    erased: false,
    ...overrides,
  };
}

export function userList(items: AdminUserDto[], total = items.length): UserListDto {
  return { items, total, page: 1, pageSize: 25 };
}

/** Every tab and view on, with the given ones switched off. */
export function permissionSettings(off: readonly string[] = []): PermissionSettingsDto {
  return {
    tabs: Object.fromEntries(TAB_IDS.map((id) => [id, !off.includes(id)])),
    views: Object.fromEntries(VIEW_IDS.map((id) => [id, !off.includes(id)])),
  };
}

export function preset(overrides: Partial<PresetDto> = {}): PresetDto {
  return {
    id: 'preset-1',
    name: 'Property manager',
    role: 'user',
    tabs: { financials: false },
    views: {},
    propertyIds: ['p-parkside'],
    createdAt: '2026-11-20T09:30:00.000Z',
    updatedAt: '2026-11-20T09:30:00.000Z',
    ...overrides,
  };
}

export function temporaryPasswordCredentials(password = 'hkzq-7wmr-c4tp-x9df'): CredentialsDeliveryDto {
  return {
    delivery: 'temporary-password',
    temporaryPassword: password,
    expiresAt: '2026-11-25T09:30:00.000Z',
  };
}

export function invitation(
  credentials: CredentialsDeliveryDto,
  user = adminUser({ pendingInvite: true }),
): InvitationDto {
  return { user, credentials };
}

/** An export's answer as the generated client gives it: the archive and the headers naming it. */
export function zipResponse(fileName = 'ownerdash-personal-data-user-2-2026-12-07.zip') {
  return new HttpResponse({
    body: new Blob(['PK'], { type: 'application/zip' }),
    headers: new HttpHeaders({ 'Content-Disposition': `attachment; filename="${fileName}"` }),
  }) as StrictHttpResponse<Blob>;
}

type ApiMethod = Exclude<keyof AdminApi, 'rootUrl'>;

/** A mock of one AdminApi method, typed like it. */
function mockOf<K extends ApiMethod>(answer: (...args: Parameters<AdminApi[K]>) => ReturnType<AdminApi[K]>) {
  return jest.fn<ReturnType<AdminApi[K]>, Parameters<AdminApi[K]>>(answer);
}

/** An AdminApi whose answers each test scripts; by default it answers like an empty organization. */
export function fakeAdminApi() {
  return {
    listUsers: mockOf<'listUsers'>(() => of(userList([]))),
    inviteUser: mockOf<'inviteUser'>(() => of(invitation(temporaryPasswordCredentials()))),
    getUser: mockOf<'getUser'>(() => of(adminUser())),
    updateUser: mockOf<'updateUser'>(() => of(adminUser())),
    deactivateUser: mockOf<'deactivateUser'>(() => of(undefined)),
    getUserPropertyAccess: mockOf<'getUserPropertyAccess'>(() => of({ propertyIds: [] })),
    setUserPropertyAccess: mockOf<'setUserPropertyAccess'>((params) => of(params.body)),
    getUserPermissions: mockOf<'getUserPermissions'>(() => of(permissionSettings())),
    setUserPermissions: mockOf<'setUserPermissions'>(() => of(permissionSettings())),
    resetUserPassword: mockOf<'resetUserPassword'>(() => of(temporaryPasswordCredentials())),
    signOutUser: mockOf<'signOutUser'>(() => of(undefined)),
    applyPreset: mockOf<'applyPreset'>(() => of(adminUser())),
    listPresets: mockOf<'listPresets'>(() => of({ items: [] as PresetDto[] })),
    createPreset: mockOf<'createPreset'>(() => of(preset())),
    updatePreset: mockOf<'updatePreset'>(() => of(preset())),
    deletePreset: mockOf<'deletePreset'>(() => of(undefined)),
    eraseUser: mockOf<'eraseUser'>(({ id, body }) =>
      of({ id, displayName: 'Former user', messages: body.messages, messagesDeleted: 0 }),
    ),
    exportUserData$Response: mockOf<'exportUserData$Response'>(() => of(zipResponse())),
  };
}

export type FakeAdminApi = ReturnType<typeof fakeAdminApi>;

export function fakePropertiesApi() {
  return {
    listProperties: jest.fn<Observable<PropertyListDto>, []>(() => of(PROPERTIES)),
  } satisfies Partial<Record<keyof PropertiesApi, unknown>>;
}
