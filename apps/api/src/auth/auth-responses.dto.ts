import { ApiProperty } from '@nestjs/swagger';
import { Role, ROLES, TAB_IDS, TabId, VIEW_IDS, ViewId } from '@ownerdash/contracts';

export class AuthUserDto {
  @ApiProperty({ format: 'uuid', example: '0b6f4c1e-2a51-4c43-9d1e-6f1b2f7d9a10' })
  id!: string;

  @ApiProperty({ format: 'email', example: 'admin@phh.example' })
  email!: string;

  @ApiProperty({ example: 'PHH Administrator' })
  displayName!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', example: 'admin' })
  role!: Role;

  @ApiProperty({ format: 'uuid', example: '5d2e8a77-0c1b-4f8e-b3a4-1a2b3c4d5e6f' })
  organizationId!: string;

  @ApiProperty({ description: 'True while the user signs in with a temporary password', example: false })
  mustChangePassword!: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uri',
    description: 'Address of the profile picture, if the user set one',
    example: null,
  })
  avatarUrl!: string | null;
}

export class SessionResponseDto {
  @ApiProperty({ description: 'JWT (HS256) to send as `Authorization: Bearer …`', example: 'eyJhbGciOiJIUzI1NiJ9…' })
  accessToken!: string;

  @ApiProperty({ description: 'Seconds until the access token expires', example: 900 })
  expiresIn!: number;

  @ApiProperty({ type: AuthUserDto })
  user!: AuthUserDto;
}

export class OrganizationSummaryDto {
  @ApiProperty({ format: 'uuid', example: '5d2e8a77-0c1b-4f8e-b3a4-1a2b3c4d5e6f' })
  id!: string;

  @ApiProperty({ example: 'PHH' })
  name!: string;
}

export class PermissionsDto {
  @ApiProperty({ enum: TAB_IDS, enumName: 'TabId', isArray: true, example: ['overview', 'leasing'] })
  tabs!: TabId[];

  @ApiProperty({ enum: VIEW_IDS, enumName: 'ViewId', isArray: true, example: ['overview.kpi_tiles'] })
  views!: ViewId[];
}

export class ScopeDto {
  @ApiProperty({ description: 'True when the user sees every property of the organization', example: true })
  allProperties!: boolean;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The properties the user sees when `allProperties` is false; empty otherwise',
    example: [],
  })
  propertyIds!: string[];
}

export class MeResponseDto {
  @ApiProperty({ type: AuthUserDto })
  user!: AuthUserDto;

  @ApiProperty({ type: OrganizationSummaryDto })
  organization!: OrganizationSummaryDto;

  @ApiProperty({ type: PermissionsDto })
  permissions!: PermissionsDto;

  @ApiProperty({ type: ScopeDto })
  scope!: ScopeDto;
}

export class RefreshResponseDto extends SessionResponseDto {
  @ApiProperty({
    type: MeResponseDto,
    description:
      'What `GET /api/auth/me` answers with the new token, so a returning browser needs no second request before it can show the page',
  })
  profile!: MeResponseDto;
}
