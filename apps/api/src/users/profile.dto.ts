import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUrl, MaxLength, ValidateIf } from 'class-validator';
import { DISPLAY_NAME_MAX_LENGTH } from '../auth/account-recovery.dto';
import { Optional } from '../common/optional';
import { NonBlankText } from '../common/text-input';

export class UpdateProfileDto {
  @ApiPropertyOptional({ maxLength: DISPLAY_NAME_MAX_LENGTH, example: 'Sarah Miller' })
  @Optional()
  @NonBlankText(DISPLAY_NAME_MAX_LENGTH)
  displayName?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uri',
    maxLength: 2048,
    description: 'An https address of a profile picture; null removes it',
    example: 'https://images.example.com/sarah.png',
  })
  @ValidateIf((_object, value) => value !== null)
  @IsOptional()
  @MaxLength(2048)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'avatarUrl must be an https:// address' })
  avatarUrl?: string | null;
}
