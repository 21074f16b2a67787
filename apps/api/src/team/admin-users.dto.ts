import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Role, ROLES, TabId, ViewId } from '@ownerdash/contracts';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { DISPLAY_NAME_MAX_LENGTH } from '../auth/account-recovery.dto';
import { EMAIL_MAX_LENGTH, normalizeEmail } from '../auth/auth.dto';
import { Optional } from '../common/optional';
import { PageQueryDto } from '../common/page-query.dto';
import { NonBlankText, Trim } from '../common/text-input';
import { PermissionMapInput } from '../permissions/permission-map.field';

export const USER_STATUSES = ['active', 'inactive', 'pending'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const DELIVERIES = ['email', 'temporary-password'] as const;
export type Delivery = (typeof DELIVERIES)[number];

class UserFilterQueryDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of a name or email', example: 'sarah' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role', example: 'user' })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({
    enum: USER_STATUSES,
    enumName: 'UserStatus',
    description: 'active; inactive (deactivated); pending (invited, never signed in)',
    example: 'active',
  })
  @IsOptional()
  @IsIn(USER_STATUSES, { message: `status must be one of ${USER_STATUSES.join(', ')}` })
  status?: UserStatus;
}

export class UserListQueryDto extends IntersectionType(UserFilterQueryDto, PageQueryDto) {}

export class ScopeSummaryDto {
  @ApiProperty({ description: 'Sees every property of the organization', example: false })
  allProperties!: boolean;

  @ApiProperty({ description: 'How many properties the user is limited to (0 when all)', example: 1 })
  propertyCount!: number;
}

export class AdminUserDto {
  @ApiProperty({ format: 'uuid', example: '0b6f4c1e-2a51-4c43-9d1e-6f1b2f7d9a10' })
  id!: string;

  @ApiProperty({ format: 'email', example: 'sarah@phh.example' })
  email!: string;

  @ApiProperty({ example: 'Sarah Miller' })
  displayName!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', example: 'user' })
  role!: Role;

  @ApiProperty({ example: true })
  isActive!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-21T14:02:11.000Z' })
  lastLogin!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-20T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ type: ScopeSummaryDto })
  scope!: ScopeSummaryDto;

  @ApiProperty({ description: 'Invited and not signed in yet', example: false })
  pendingInvite!: boolean;

  @ApiProperty({ description: 'Must change a temporary password at the next sign-in', example: false })
  mustChangePassword!: boolean;

  @ApiProperty({
    description: "The person's data was erased: the account is anonymized and can no longer change",
    example: false,
  })
  erased!: boolean;
}

export class UserListDto {
  @ApiProperty({ type: [AdminUserDto] })
  items!: AdminUserDto[];

  @ApiProperty({ description: 'Users matching the filters, on all pages', example: 42 })
  total!: number;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 25 })
  pageSize!: number;
}

export class InviteUserDto {
  @ApiProperty({ format: 'email', maxLength: EMAIL_MAX_LENGTH, example: 'sarah@phh.example' })
  @normalizeEmail
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @ApiProperty({ maxLength: DISPLAY_NAME_MAX_LENGTH, example: 'Sarah Miller' })
  @NonBlankText(DISPLAY_NAME_MAX_LENGTH)
  displayName!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', example: 'user' })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role!: Role;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A preset whose permissions and scope the user starts with; fields given here override it',
    example: '3c9d2f4e-7b1a-4e0f-9a2b-5c6d7e8f9a0b',
  })
  @Optional()
  @IsUUID('all', { message: 'presetId must be a UUID' })
  presetId?: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'The properties the user may see; absent or empty means every property',
    example: ['6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b'],
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true, message: 'each of propertyIds must be a UUID' })
  propertyIds?: string[];

  @PermissionMapInput('tab', 'Tab id → visible; tabs not named are visible')
  tabs?: Partial<Record<TabId, boolean>>;

  @PermissionMapInput('view', 'View id → visible; views not named are visible')
  views?: Partial<Record<ViewId, boolean>>;

  @ApiProperty({
    enum: DELIVERIES,
    enumName: 'Delivery',
    description:
      'email: an invitation link (72 hours, once) is mailed once the invitation is saved, and the user chooses a password. temporary-password: the response carries a password, valid 72 hours, to be changed at first sign-in.',
    example: 'email',
  })
  @IsIn(DELIVERIES, { message: `delivery must be one of ${DELIVERIES.join(', ')}` })
  delivery!: Delivery;
}

export class CredentialsDeliveryDto {
  @ApiProperty({ enum: DELIVERIES, enumName: 'Delivery', example: 'temporary-password' })
  delivery!: Delivery;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'With temporary-password: the password, shown only in this response',
    example: 'hkzq-7wmr-c4tp-x9df',
  })
  temporaryPassword!: string | null;

  @ApiProperty({
    format: 'date-time',
    description: 'When the link or temporary password stops working',
    example: '2026-11-25T09:30:00.000Z',
  })
  expiresAt!: string;
}

export class InvitationDto {
  @ApiProperty({ type: AdminUserDto })
  user!: AdminUserDto;

  @ApiProperty({ type: CredentialsDeliveryDto })
  credentials!: CredentialsDeliveryDto;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ maxLength: DISPLAY_NAME_MAX_LENGTH, example: 'Sarah Miller-Jones' })
  @Optional()
  @NonBlankText(DISPLAY_NAME_MAX_LENGTH)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role', example: 'admin' })
  @Optional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ description: 'false deactivates (and signs out), true reactivates', example: true })
  @Optional()
  @IsBoolean({ message: 'isActive must be true or false' })
  isActive?: boolean;
}

export class ResetUserPasswordDto {
  @ApiProperty({
    enum: DELIVERIES,
    enumName: 'Delivery',
    description:
      'email: a reset link (one hour, once; an invitation again for a user who never chose a password). temporary-password: a new password, valid 72 hours, shown once.',
    example: 'email',
  })
  @IsIn(DELIVERIES, { message: `delivery must be one of ${DELIVERIES.join(', ')}` })
  delivery!: Delivery;
}
