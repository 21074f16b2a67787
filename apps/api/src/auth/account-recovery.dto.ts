import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@ownerdash/contracts';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { Optional } from '../common/optional';
import { NonBlankText } from '../common/text-input';
import { EMAIL_MAX_LENGTH, normalizeEmail } from './auth.dto';

export const DISPLAY_NAME_MAX_LENGTH = 100;

const NEW_PASSWORD = {
  format: 'password',
  minLength: PASSWORD_MIN_LENGTH,
  maxLength: PASSWORD_MAX_LENGTH,
  description: `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters; common passwords are refused`,
  example: 'plum kettle orbit seventeen',
} as const;

const TOKEN = {
  description: 'The token of the link in the mail (the `token` query parameter)',
  example: 'k3J9cVx2bW5vcHFyc3R1dnd4eXoxMjM0NTY3ODkwYWI',
} as const;

export class ForgotPasswordDto {
  @ApiProperty({ format: 'email', maxLength: EMAIL_MAX_LENGTH, example: 'sarah@phh.example' })
  @normalizeEmail
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;
}

export class ResetPasswordDto {
  @ApiProperty(TOKEN)
  @IsString()
  @Length(20, 200)
  token!: string;

  @ApiProperty(NEW_PASSWORD)
  @IsString()
  newPassword!: string;
}

export class AcceptInviteDto {
  @ApiProperty(TOKEN)
  @IsString()
  @Length(20, 200)
  token!: string;

  @ApiProperty(NEW_PASSWORD)
  @IsString()
  newPassword!: string;

  @ApiPropertyOptional({
    maxLength: DISPLAY_NAME_MAX_LENGTH,
    description: 'Replaces the name the administrator entered',
    example: 'Sarah Miller',
  })
  @Optional()
  @NonBlankText(DISPLAY_NAME_MAX_LENGTH)
  displayName?: string;
}

export class AcceptedDto {
  @ApiProperty({ example: 'If an account exists for this email, we have sent it a link to reset the password.' })
  message!: string;
}
