import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class NotificationPreferencesDto {
  @ApiProperty({
    description:
      'Off: no notification of plain new messages. Mentions and being added to a conversation still notify, as in a muted conversation.',
    example: true,
  })
  @IsBoolean({ message: 'chatNotifications must be true or false' })
  chatNotifications!: boolean;

  @ApiProperty({
    description: 'Off: the web app shows no pop-up toasts, for mentions neither; the bell still counts them.',
    example: true,
  })
  @IsBoolean({ message: 'toasts must be true or false' })
  toasts!: boolean;
}
